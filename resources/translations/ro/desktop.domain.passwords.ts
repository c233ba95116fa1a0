<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Parola trebuie să aibă cel puțin {min} caractere.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Parola este prea lungă.</translation>
    </message>
</context>
</TS>
