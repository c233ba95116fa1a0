<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Settings</name>
    <message>
        <source>Only an administrator can change this setting.</source>
        <translation>Doar un administrator poate modifica această setare.</translation>
    </message>
</context>
</TS>
