<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Acest segment nu mai există.</translation>
    </message>
    <message>
        <source>A segment needs a name of 1 to 120 characters.</source>
        <translation>Un segment trebuie să aibă un nume de 1 până la 120 de caractere.</translation>
    </message>
</context>
</TS>
