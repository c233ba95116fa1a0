<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Deals created in the period</source>
        <translation>Oportunități create în perioadă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Reached at any point</source>
        <translation>Au atins etapa vreodată</translation>
    </message>
    <message>
        <source>Conversion from previous stage</source>
        <translation>Conversie din etapa anterioară</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Pierdere</translation>
    </message>
    <message>
        <source>Through every stage in order</source>
        <translation>Prin toate etapele în ordine</translation>
    </message>
    <message>
        <source>Conversion in order</source>
        <translation>Conversie în ordine</translation>
    </message>
    <message>
        <source>Drop-off in order</source>
        <translation>Pierdere în ordine</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigate</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Rata de câștig</translation>
    </message>
</context>
</TS>
