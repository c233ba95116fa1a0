<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can change processes.</source>
        <translation>Tylko menedżerowie i administratorzy mogą zmieniać procesy.</translation>
    </message>
    <message>
        <source>Only administrators can do this.</source>
        <translation>Tylko administratorzy mogą to zrobić.</translation>
    </message>
</context>
</TS>
