<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Kwota jest za duża.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nie jest kwotą.</translation>
    </message>
    <message>
        <source>The column mixes day-first and month-first dates.</source>
        <translation>Kolumna miesza daty zapisane od dnia i od miesiąca.</translation>
    </message>
    <message>
        <source>“{text}”: choose whether the column&apos;s dates are day or month first.</source>
        <translation>„{text}”: wskaż, czy daty w tej kolumnie zaczynają się od dnia, czy od miesiąca.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nie jest datą.</translation>
    </message>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Tekst jest za długi (najwyżej {max} znaków).</translation>
    </message>
</context>
</TS>
