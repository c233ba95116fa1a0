<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Suma este prea mare.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nu este o sumă.</translation>
    </message>
    <message>
        <source>The column mixes day-first and month-first dates.</source>
        <translation>Coloana amestecă date care încep cu ziua și date care încep cu luna.</translation>
    </message>
    <message>
        <source>“{text}”: choose whether the column&apos;s dates are day or month first.</source>
        <translation>„{text}”: alegeți dacă datele din coloană încep cu ziua sau cu luna.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nu este o dată.</translation>
    </message>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Textul este prea lung (cel mult {max} caractere).</translation>
    </message>
</context>
</TS>
