<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>TasksTab</name>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Efectuată</translation>
    </message>
    <message>
        <source>New task, e.g. Call back about the offer</source>
        <translation>Sarcină nouă, de ex. Sunați înapoi despre ofertă</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Adaugă sarcină</translation>
    </message>
    <message>
        <source>Done / reopen</source>
        <translation>Efectuată / redeschide</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Întârziată</translation>
    </message>
    <message>
        <source>No tasks yet. Add the next step below.</source>
        <translation>Încă nu există sarcini. Adăugați pasul următor mai jos.</translation>
    </message>
</context>
</TS>
