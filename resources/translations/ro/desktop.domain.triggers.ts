<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Trigger</name>
    <message>
        <source>Add the contact to a campaign</source>
        <translation>Adaugă contactul într-o campanie</translation>
    </message>
    <message>
        <source>Create a task for the owner</source>
        <translation>Creează o sarcină pentru responsabil</translation>
    </message>
    <message>
        <source>Send an e-mail template</source>
        <translation>Trimite un șablon de e-mail</translation>
    </message>
    <message>
        <source>Notify the owner and managers</source>
        <translation>Anunță responsabilul și managerii</translation>
    </message>
    <message>
        <source>Move the deal to another stage</source>
        <translation>Mută oportunitatea în altă etapă</translation>
    </message>
</context>
</TS>
