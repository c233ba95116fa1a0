<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{code}” is not a currency code (three letters, e.g. PLN).</source>
        <translation>„{code}” nu este un cod de monedă (trei litere, de ex. RON).</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nu este o sumă.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>O sumă nu poate fi negativă.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Suma este prea mare.</translation>
    </message>
</context>
</TS>
