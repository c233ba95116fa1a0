<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Months of expected close</source>
        <translation>Lunile închiderii estimate</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Oportunități deschise</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Valoare ponderată</translation>
    </message>
    <message>
        <source>Value won</source>
        <translation>Valoare câștigată</translation>
    </message>
    <message>
        <source>Forecast at month start</source>
        <translation>Prognoza la începutul lunii</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Acuratețea prognozei</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
</context>
</TS>
