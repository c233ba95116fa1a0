<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is too large (at most {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
