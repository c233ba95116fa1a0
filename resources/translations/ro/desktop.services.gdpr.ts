<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This contact is already anonymised.</source>
        <translation>Acest contact este deja anonimizat.</translation>
    </message>
</context>
</TS>
