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
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “{name}” is taken.</source>
        <translation>Numele de utilizator „{name}” este deja folosit.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active user to hand the deals to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this user in the meantime. Look again and repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There must be at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name needs 1 to 80 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name needs 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is too long.</source>
        <translation type="unfinished"></translation>
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
