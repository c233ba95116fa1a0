<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The deal is already in this process.</source>
        <translation>Szansa jest już w tym procesie.</translation>
    </message>
</context>
</TS>
