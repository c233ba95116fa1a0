<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Calendar</name>
    <message>
        <source>Add to calendar</source>
        <translation>Adaugă în calendar</translation>
    </message>
    <message>
        <source>This task has no due time or is done.</source>
        <translation>Această sarcină nu are termen sau este finalizată.</translation>
    </message>
    <message>
        <source>No calendar application opened the file; import it from %1.</source>
        <translation>Nicio aplicație de calendar nu a deschis fișierul; importați-l din %1.</translation>
    </message>
    <message>
        <source>Export my tasks</source>
        <translation>Exportă sarcinile mele</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Tasks exported: %1. Without a due time, left out: %2.</source>
        <translation>Sarcini exportate: %1. Omise, fără termen: %2.</translation>
    </message>
</context>
</TS>
