<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Task overdue</source>
        <translation>Sarcină întârziată</translation>
    </message>
    <message>
        <source>Task today</source>
        <translation>Sarcină astăzi</translation>
    </message>
    <message>
        <source>Task planned</source>
        <translation>Sarcină planificată</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Nicio sarcină</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
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
        <translation>
            <numerusform>%n zi în etapă</numerusform>
            <numerusform>%n zile în etapă</numerusform>
            <numerusform>%n de zile în etapă</numerusform>
        </translation>
    </message>
</context>
</TS>
