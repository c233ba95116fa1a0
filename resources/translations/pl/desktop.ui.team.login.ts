<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Etap</source>
        <translation>Logowanie do Etapu</translation>
    </message>
    <message>
        <source>Remember me on this computer (kept in the system keyring)</source>
        <translation>Zapamiętaj mnie na tym komputerze (w systemowym magazynie haseł)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>User name or e-mail:</source>
        <translation>Nazwa użytkownika lub e-mail:</translation>
    </message>
    <message>
        <source>The system keyring is not available: nothing was remembered.</source>
        <translation>Systemowy magazyn haseł jest niedostępny: niczego nie zapamiętano.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
</context>
</TS>
