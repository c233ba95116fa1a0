<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The start of a range is after its end.</source>
        <translation>Początek zakresu jest późniejszy niż jego koniec.</translation>
    </message>
    <message>
        <source>Choose a process for this report.</source>
        <translation>Wybierz proces dla tego raportu.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
</context>
</TS>
