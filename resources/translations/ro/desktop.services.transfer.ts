<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The deal is already in this process.</source>
        <translation>Oportunitatea este deja în acest proces.</translation>
    </message>
</context>
</TS>
