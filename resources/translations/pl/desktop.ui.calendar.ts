<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Calendar</name>
    <message>
        <source>Add to calendar</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <source>This task has no due time or is done.</source>
        <translation>To zadanie nie ma terminu albo jest wykonane.</translation>
    </message>
    <message>
        <source>No calendar application opened the file; import it from %1.</source>
        <translation>Żaden program kalendarza nie otworzył pliku; zaimportuj go z %1.</translation>
    </message>
    <message>
        <source>Export my tasks</source>
        <translation>Eksport moich zadań</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Tasks exported: %1. Without a due time, left out: %2.</source>
        <translation>Wyeksportowano zadań: %1. Pominięto bez terminu: %2.</translation>
    </message>
</context>
</TS>
