<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A task needs a title of 1 to 200 characters.</source>
        <translation>Tytuł zadania musi mieć od 1 do 200 znaków.</translation>
    </message>
    <message>
        <source>Only managers can give tasks to someone else.</source>
        <translation>Tylko menedżerowie mogą przydzielać zadania innym osobom.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>To zadanie już nie istnieje.</translation>
    </message>
    <message>
        <source>Only the task&apos;s owner or a manager can do this.</source>
        <translation>Może to zrobić tylko opiekun zadania albo menedżer.</translation>
    </message>
</context>
</TS>
