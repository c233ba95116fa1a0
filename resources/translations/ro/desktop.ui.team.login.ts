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
        <source>Remember me on this computer (kept in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available: nothing was remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
</context>
</TS>
