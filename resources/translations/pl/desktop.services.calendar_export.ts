<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This task no longer exists or is not visible to you.</source>
        <translation>To zadanie już nie istnieje lub nie jest dla ciebie widoczne.</translation>
    </message>
</context>
</TS>
