<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Schimbarea parolei mele</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Setarea parolei pentru %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>Cel puțin %n caracter; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
            <numerusform>Cel puțin %n caractere; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
            <numerusform>Cel puțin %n de caractere; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Parola actuală:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Parola nouă:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Repetați parola nouă:</translation>
    </message>
</context>
</TS>
