<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>O notă nu poate fi goală.</translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation>O notă poate avea cel mult {max} caractere.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Această notă nu mai există.</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; files can be at most {max} MB.</source>
        <translation>„{name}” are {size} MB; fișierele pot avea cel mult {max} MB.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Fișierul trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Acest fișier nu mai există.</translation>
    </message>
    <message>
        <source>The stored file “{name}” is damaged.</source>
        <translation>Fișierul stocat „{name}” este deteriorat.</translation>
    </message>
    <message>
        <source>Only managers can change the list of sources.</source>
        <translation>Doar managerii pot modifica lista surselor.</translation>
    </message>
    <message>
        <source>A source can have at most {max} characters.</source>
        <translation>O sursă poate avea cel mult {max} caractere.</translation>
    </message>
</context>
</TS>
