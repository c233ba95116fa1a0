<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Sales cycle</source>
        <translation>Cykl sprzedaży</translation>
    </message>
    <message>
        <source>Deals closed (and stays begun) in the period</source>
        <translation>Szanse zamknięte (i pobyty w etapach rozpoczęte) w okresie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Średnio dni w etapie</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Pobyty w etapie</translation>
    </message>
    <message>
        <source>Deals there now</source>
        <translation>Szanse w etapie teraz</translation>
    </message>
    <message>
        <source>Rotting days</source>
        <translation>Dni do zalegania</translation>
    </message>
    <message>
        <source>Stuck past rotting days</source>
        <translation>Zalegające ponad limit dni</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Mediana dni do zamknięcia</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>Średnio dni do zamknięcia</translation>
    </message>
    <message>
        <source>Median days to win</source>
        <translation>Mediana dni do wygranej</translation>
    </message>
    <message>
        <source>Average days to win</source>
        <translation>Średnio dni do wygranej</translation>
    </message>
    <message>
        <source>Median days to lose</source>
        <translation>Mediana dni do przegranej</translation>
    </message>
    <message>
        <source>Stuck deals</source>
        <translation>Zalegające szanse</translation>
    </message>
</context>
</TS>
