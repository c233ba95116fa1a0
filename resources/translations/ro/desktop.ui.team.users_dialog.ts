<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Profilul meu</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>Utilizator &amp;nou</translation>
    </message>
    <message>
        <source>Added under your e-mails, e.g. name, position, phone</source>
        <translation>Adăugată sub e-mailurile dumneavoastră, de ex. nume, funcție, telefon</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Cel puțin %n caracter.</numerusform>
            <numerusform>Cel puțin %n caractere.</numerusform>
            <numerusform>Cel puțin %n de caractere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nume complet:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nume de utilizator:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Semnătură:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repetați parola:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Setează &amp;parola…</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactiv)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Dezactivează…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activează</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Schimbă-mi &amp;parola…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>inactive: cannot sign in</source>
        <translation>inactiv: nu se poate autentifica</translation>
    </message>
    <message>
        <source>active, no password yet (cannot sign in to a team database)</source>
        <translation>activ, încă fără parolă (nu se poate autentifica într-o bază de date a echipei)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Parola a fost schimbată.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation>Dezactivați %1? Nu se va mai putea autentifica.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Dezactivarea utilizatorului</translation>
    </message>
    <message>
        <source>Keep them with %1</source>
        <translation>Rămân la %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n deal(s). Hand them to:</source>
        <translation>
            <numerusform>%1 este responsabil pentru %n oportunitate. Predați-o către:</numerusform>
            <numerusform>%1 este responsabil pentru %n oportunități. Predați-le către:</numerusform>
            <numerusform>%1 este responsabil pentru %n de oportunități. Predați-le către:</numerusform>
        </translation>
    </message>
</context>
</TS>
