<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AddClientsDialog</name>
    <message>
        <source>Add clients to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Add clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no deals in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows written: %1
File: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
