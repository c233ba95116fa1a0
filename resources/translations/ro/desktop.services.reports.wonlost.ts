<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Won and lost</source>
        <translation>Câștigate și pierdute</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivul pierderii</translation>
    </message>
    <message>
        <source>Deals closed in the period</source>
        <translation>Oportunități închise în perioadă</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Valoare pierdută</translation>
    </message>
    <message>
        <source>Share of lost</source>
        <translation>Pondere în pierdute</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigate</translation>
    </message>
    <message>
        <source>Other closed</source>
        <translation>Alte închise</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Rata de câștig</translation>
    </message>
    <message>
        <source>Value won</source>
        <translation>Valoare câștigată</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
</context>
</TS>
