<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Calculations are switched off (deals without calculation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calculation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variant needs a name of 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nu este o dată.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
    <message>
        <source>A line needs a description of 1 to 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
