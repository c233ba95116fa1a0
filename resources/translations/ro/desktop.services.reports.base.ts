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
    <message>
        <source>All time</source>
        <translation>Tot timpul</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Trimestrul acesta</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestrul trecut</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Următoarele 6 luni</translation>
    </message>
</context>
</TS>
