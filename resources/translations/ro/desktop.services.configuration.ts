<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Stage “{name}”: sub-stage names must be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process was changed elsewhere; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed stages cannot be reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “{name}” has {count} deals: choose the stage that receives them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
