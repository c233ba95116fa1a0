<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Picker</name>
    <message>
        <source>Show suggestions</source>
        <translation>Afișează sugestiile</translation>
    </message>
</context>
</TS>
