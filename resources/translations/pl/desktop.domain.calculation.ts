<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Wartość nie może być ujemna.</translation>
    </message>
    <message>
        <source>The value is too large (at most {max}).</source>
        <translation>Wartość jest za duża (najwyżej {max}).</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Wartość musi być większa od zera.</translation>
    </message>
</context>
</TS>
