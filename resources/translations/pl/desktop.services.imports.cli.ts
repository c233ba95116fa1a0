<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The mapping file cannot be used: {detail}</source>
        <translation>Nie można użyć pliku przypisania kolumn: {detail}</translation>
    </message>
</context>
</TS>
