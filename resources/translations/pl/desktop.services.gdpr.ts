<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This contact is already anonymised.</source>
        <translation>Ten kontakt jest już zanonimizowany.</translation>
    </message>
</context>
</TS>
