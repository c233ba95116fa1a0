<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>RequiredFieldsDialog</name>
    <message>
        <source>Move to “%1”</source>
        <translation>Mută în „%1”</translation>
    </message>
    <message>
        <source>Stage “%1” needs this information for “%2”:</source>
        <translation>Etapa „%1” are nevoie de aceste informații pentru „%2”:</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Tastați pentru a căuta un contact</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>De ce a fost pierdută oportunitatea?</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Suma în %1</translation>
    </message>
    <message>
        <source>Choose a contact from the list.</source>
        <translation>Alegeți un contact din listă.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 trebuie să fie mai mare decât zero.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 este obligatoriu.</translation>
    </message>
</context>
</TS>
