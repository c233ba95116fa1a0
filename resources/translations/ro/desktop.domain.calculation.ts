<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” nu este un număr.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Valoarea nu poate fi negativă.</translation>
    </message>
    <message>
        <source>The value is too large (at most {max}).</source>
        <translation>Valoarea este prea mare (cel mult {max}).</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Valoarea trebuie să fie mai mare decât zero.</translation>
    </message>
</context>
</TS>
