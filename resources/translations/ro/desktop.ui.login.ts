<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Etap</source>
        <translation>Autentificare în Etap</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nume de utilizator:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
</context>
</TS>
