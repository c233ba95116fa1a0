<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Months of expected close</source>
        <translation>Miesiące przewidywanego zamknięcia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Otwarte szanse</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Wartość ważona</translation>
    </message>
    <message>
        <source>Value won</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <source>Forecast at month start</source>
        <translation>Prognoza na początek miesiąca</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Trafność prognozy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
</TS>
