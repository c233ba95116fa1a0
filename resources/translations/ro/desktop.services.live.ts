<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The connection to the database is lost.</source>
        <translation>Conexiunea cu baza de date s-a pierdut.</translation>
    </message>
</context>
</TS>
