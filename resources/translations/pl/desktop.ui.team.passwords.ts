<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Zmiana mojego hasła</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Ustaw hasło dla: %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>Co najmniej %n znak; najlepiej zdanie, które zapamiętasz.</numerusform>
            <numerusform>Co najmniej %n znaki; najlepiej zdanie, które zapamiętasz.</numerusform>
            <numerusform>Co najmniej %n znaków; najlepiej zdanie, które zapamiętasz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Obecne hasło:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Powtórz nowe hasło:</translation>
    </message>
</context>
</TS>
