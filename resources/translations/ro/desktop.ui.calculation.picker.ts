<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Alegeți un produs</translation>
    </message>
    <message>
        <source>Search by code or name…</source>
        <translation>Căutați după cod sau denumire…</translation>
    </message>
</context>
</TS>
