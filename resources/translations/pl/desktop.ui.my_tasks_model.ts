<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>MyTasksModel</name>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
</context>
</TS>
