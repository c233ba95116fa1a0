<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Board</name>
    <message>
        <source>Task overdue</source>
        <translation>Zadanie zaległe</translation>
    </message>
    <message>
        <source>Task today</source>
        <translation>Zadanie na dziś</translation>
    </message>
    <message>
        <source>Task planned</source>
        <translation>Zadanie zaplanowane</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Brak zadania</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>offer opened</source>
        <translation>oferta otwarta</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n dzień na etapie</numerusform>
            <numerusform>%n dni na etapie</numerusform>
            <numerusform>%n dni na etapie</numerusform>
        </translation>
    </message>
</context>
</TS>
