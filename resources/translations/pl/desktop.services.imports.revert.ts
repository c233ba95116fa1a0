<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can revert an import.</source>
        <translation>Tylko menedżerowie i administratorzy mogą wycofać import.</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>Ten import już nie istnieje.</translation>
    </message>
    <message>
        <source>This import was already reverted.</source>
        <translation>Ten import został już wycofany.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>changed since the import</source>
        <translation>zmienione od czasu importu</translation>
    </message>
    <message>
        <source>used by other records since the import</source>
        <translation>używane przez inne rekordy od czasu importu</translation>
    </message>
</context>
</TS>
