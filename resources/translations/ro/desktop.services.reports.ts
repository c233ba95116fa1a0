<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>There is no report called “{name}”.</source>
        <translation>Nu există un raport numit „{name}”.</translation>
    </message>
</context>
</TS>
