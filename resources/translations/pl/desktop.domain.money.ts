<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{code}” is not a currency code (three letters, e.g. PLN).</source>
        <translation>„{code}” nie jest kodem waluty (trzy litery, np. PLN).</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nie jest kwotą.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Kwota jest za duża.</translation>
    </message>
</context>
</TS>
