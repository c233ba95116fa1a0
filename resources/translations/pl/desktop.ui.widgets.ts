<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
</context>
</TS>
