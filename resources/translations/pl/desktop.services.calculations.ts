<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Calculations are switched off (deals without calculation).</source>
        <translation>Kalkulacje są wyłączone (szanse bez kalkulacji).</translation>
    </message>
    <message>
        <source>This calculation no longer exists.</source>
        <translation>Ta kalkulacja już nie istnieje.</translation>
    </message>
    <message>
        <source>A variant needs a name of 1 to 120 characters.</source>
        <translation>Nazwa wariantu musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Tekst jest za długi.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nie jest datą.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
    <message>
        <source>A line needs a description of 1 to 300 characters.</source>
        <translation>Opis pozycji musi mieć od 1 do 300 znaków.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Ta pozycja już nie istnieje.</translation>
    </message>
</context>
</TS>
