<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>There is no report called “{name}”.</source>
        <translation>Nie ma raportu o nazwie „{name}”.</translation>
    </message>
</context>
</TS>
