<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database %1 has no administrator yet. Create the first one: the administrator adds the rest of the team in Tools ▸ Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you sign in with this e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
