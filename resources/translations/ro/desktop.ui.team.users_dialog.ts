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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added under your e-mails, e.g. name, position, phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, no password yet (cannot sign in to a team database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n deal(s). Hand them to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
