<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Won and lost</source>
        <translation>Wygrane i przegrane</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Deals closed in the period</source>
        <translation>Szanse zamknięte w okresie</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Wartość przegranych</translation>
    </message>
    <message>
        <source>Share of lost</source>
        <translation>Udział w przegranych</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Other closed</source>
        <translation>Inne zamknięte</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Value won</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
</TS>
