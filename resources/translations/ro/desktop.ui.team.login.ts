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
        <translation>Ține-mă minte pe acest calculator (în depozitul de parole al sistemului)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Bază de date:</translation>
    </message>
    <message>
        <source>User name or e-mail:</source>
        <translation>Nume de utilizator sau e-mail:</translation>
    </message>
    <message>
        <source>The system keyring is not available: nothing was remembered.</source>
        <translation>Depozitul de parole al sistemului nu este disponibil: nu s-a memorat nimic.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
</context>
</TS>
