<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The connection to the database is lost.</source>
        <translation>Połączenie z bazą danych zostało przerwane.</translation>
    </message>
</context>
</TS>
