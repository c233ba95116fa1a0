<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up the team database</source>
        <translation>Konfiguracja bazy zespołu</translation>
    </message>
    <message>
        <source>This database %1 has no administrator yet. Create the first one: the administrator adds the rest of the team in Tools ▸ Users.</source>
        <translation>Ta baza %1 nie ma jeszcze administratora. Utwórz pierwszego: administrator doda resztę zespołu w menu Narzędzia ▸ Użytkownicy.</translation>
    </message>
    <message>
        <source>you sign in with this e-mail</source>
        <translation>tym adresem będziesz się logować</translation>
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
        <source>Create administrator</source>
        <translation>Utwórz administratora</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Powtórz hasło:</translation>
    </message>
</context>
</TS>
