<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Ten segment już nie istnieje.</translation>
    </message>
    <message>
        <source>A segment needs a name of 1 to 120 characters.</source>
        <translation>Nazwa segmentu musi mieć od 1 do 120 znaków.</translation>
    </message>
</context>
</TS>
