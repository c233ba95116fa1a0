<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The mapping file cannot be used: {detail}</source>
        <translation>Fișierul de corespondență a coloanelor nu poate fi folosit: {detail}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Skip the row</source>
        <translation>Omite rândul</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>Actualizează înregistrarea existentă</translation>
    </message>
    <message>
        <source>Create another record</source>
        <translation>Creează o altă înregistrare</translation>
    </message>
</context>
</TS>
