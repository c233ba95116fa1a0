<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Double-click to open these deals in the funnel view</source>
        <translation>Dublu clic pentru a deschide aceste oportunități în vizualizarea pâlnie</translation>
    </message>
</context>
</TS>
