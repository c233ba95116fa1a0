<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{name}” is not a known time zone.</source>
        <translation>„{name}” nie jest znaną strefą czasową.</translation>
    </message>
</context>
</TS>
