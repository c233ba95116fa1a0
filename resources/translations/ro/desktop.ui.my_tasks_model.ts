<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>MyTasksModel</name>
    <message>
        <source>Overdue</source>
        <translation>Întârziată</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Următoare</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Fără termen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
</context>
</TS>
