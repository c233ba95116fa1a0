<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The start of a range is after its end.</source>
        <translation>Începutul intervalului este după sfârșitul lui.</translation>
    </message>
    <message>
        <source>Choose a process for this report.</source>
        <translation>Alegeți un proces pentru acest raport.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
</context>
</TS>
