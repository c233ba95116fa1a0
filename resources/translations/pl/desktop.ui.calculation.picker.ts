<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Wybierz produkt</translation>
    </message>
    <message>
        <source>Search by code or name…</source>
        <translation>Szukaj po kodzie lub nazwie…</translation>
    </message>
</context>
</TS>
