<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>TasksTab</name>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>New task, e.g. Call back about the offer</source>
        <translation>Nowe zadanie, np. Oddzwonić w sprawie oferty</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Dodaj zadanie</translation>
    </message>
    <message>
        <source>Done / reopen</source>
        <translation>Wykonane / otwórz ponownie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>No tasks yet. Add the next step below.</source>
        <translation>Brak zadań. Dodaj następny krok poniżej.</translation>
    </message>
</context>
</TS>
