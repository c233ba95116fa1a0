<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Deals created in the period</source>
        <translation>Szanse utworzone w okresie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Reached at any point</source>
        <translation>Osiągnęły etap kiedykolwiek</translation>
    </message>
    <message>
        <source>Conversion from previous stage</source>
        <translation>Konwersja z poprzedniego etapu</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <source>Through every stage in order</source>
        <translation>Przez wszystkie etapy po kolei</translation>
    </message>
    <message>
        <source>Conversion in order</source>
        <translation>Konwersja po kolei</translation>
    </message>
    <message>
        <source>Drop-off in order</source>
        <translation>Odpływ po kolei</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Skuteczność</translation>
    </message>
</context>
</TS>
