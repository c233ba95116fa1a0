<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search companies…</source>
        <translation>Wpisz, aby wyszukać firmę…</translation>
    </message>
</context>
</TS>
