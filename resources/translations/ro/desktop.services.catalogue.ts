<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can change the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text must have 1 to {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product with code “{code}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price list named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This price list no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
