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
</TS>
