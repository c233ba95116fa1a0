<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search companies…</source>
        <translation>Tastați pentru a căuta companii…</translation>
    </message>
</context>
</TS>
