<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Task overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>offer opened</source>
        <translation>ofertă deschisă</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
