<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Trigger</name>
    <message>
        <source>Add the contact to a campaign</source>
        <translation>Dodaj kontakt do kampanii</translation>
    </message>
    <message>
        <source>Create a task for the owner</source>
        <translation>Utwórz zadanie dla opiekuna</translation>
    </message>
    <message>
        <source>Send an e-mail template</source>
        <translation>Wyślij szablon e-mail</translation>
    </message>
    <message>
        <source>Notify the owner and managers</source>
        <translation>Powiadom opiekuna i menedżerów</translation>
    </message>
    <message>
        <source>Move the deal to another stage</source>
        <translation>Przenieś szansę na inny etap</translation>
    </message>
</context>
</TS>
