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
        <translation>Acest utilizator nu mai există.</translation>
    </message>
    <message>
        <source>There is no user “{name}”.</source>
        <translation>Nu există utilizatorul „{name}”.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>Această bază de date are deja un administrator. Autentificați-vă.</translation>
    </message>
    <message>
        <source>The user name “{name}” is taken.</source>
        <translation>Numele de utilizator „{name}” este deja folosit.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Nu vă puteți dezactiva propriul cont.</translation>
    </message>
    <message>
        <source>Choose an active user to hand the deals to.</source>
        <translation>Alegeți un utilizator activ căruia să îi predați oportunitățile.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Parola actuală este greșită.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in {seconds} s.</source>
        <translation>Prea multe autentificări eșuate. Încercați din nou peste {seconds} s.</translation>
    </message>
    <message>
        <source>Someone else changed this user in the meantime. Look again and repeat.</source>
        <translation>Altcineva a modificat între timp acest utilizator. Verificați din nou și repetați.</translation>
    </message>
    <message>
        <source>There must be at least one active administrator.</source>
        <translation>Trebuie să existe cel puțin un administrator activ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 80 characters without spaces.</source>
        <translation>Numele de utilizator trebuie să aibă între 1 și 80 de caractere, fără spații.</translation>
    </message>
    <message>
        <source>A name needs 1 to 120 characters.</source>
        <translation>Numele trebuie să aibă între 1 și 120 de caractere.</translation>
    </message>
    <message>
        <source>The signature is too long.</source>
        <translation>Semnătura este prea lungă.</translation>
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
