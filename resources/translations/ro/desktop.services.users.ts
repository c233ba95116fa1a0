<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only administrators can do this.</source>
        <translation>Doar administratorii pot face acest lucru.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 80 characters.</source>
        <translation>Un nume de utilizator trebuie să aibă între 1 și 80 de caractere.</translation>
    </message>
    <message>
        <source>The user name “{name}” is taken.</source>
        <translation>Numele de utilizator „{name}” este deja folosit.</translation>
    </message>
    <message>
        <source>Unknown role “{role}”.</source>
        <translation>Rol necunoscut „{role}”.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nume de utilizator sau parolă greșite.</translation>
    </message>
</context>
</TS>
