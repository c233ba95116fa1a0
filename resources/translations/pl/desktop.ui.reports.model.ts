<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Double-click to open these deals in the funnel view</source>
        <translation>Kliknij dwukrotnie, aby otworzyć te szanse w widoku lejka</translation>
    </message>
</context>
</TS>
