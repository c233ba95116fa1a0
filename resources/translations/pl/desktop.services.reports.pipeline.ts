<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Open pipeline</source>
        <translation>Otwarty lejek</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Deals created in the period</source>
        <translation>Szanse utworzone w okresie</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Wartość ważona</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Otwarte szanse</translation>
    </message>
</context>
</TS>
