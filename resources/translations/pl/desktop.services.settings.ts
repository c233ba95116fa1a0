<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Settings</name>
    <message>
        <source>Only an administrator can change this setting.</source>
        <translation>Tylko administrator może zmienić to ustawienie.</translation>
    </message>
</context>
</TS>
