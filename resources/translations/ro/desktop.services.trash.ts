<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This deal is not in the trash.</source>
        <translation>Această oportunitate nu este în coș.</translation>
    </message>
    <message>
        <source>Only managers can restore deals from the trash.</source>
        <translation>Doar managerii pot restaura oportunități din coș.</translation>
    </message>
</context>
</TS>
