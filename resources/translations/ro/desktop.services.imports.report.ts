<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Import</name>
    <message>
        <source>Line</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
</context>
</TS>
