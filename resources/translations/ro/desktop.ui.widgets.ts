<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Fără dată</translation>
    </message>
</context>
</TS>
