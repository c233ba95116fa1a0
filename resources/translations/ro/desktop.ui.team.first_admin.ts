<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up the team database</source>
        <translation>Configurarea bazei de date a echipei</translation>
    </message>
    <message>
        <source>This database %1 has no administrator yet. Create the first one: the administrator adds the rest of the team in Tools ▸ Users.</source>
        <translation>Baza de date %1 nu are încă un administrator. Creați-l pe primul: administratorul adaugă restul echipei din Instrumente ▸ Utilizatori.</translation>
    </message>
    <message>
        <source>you sign in with this e-mail</source>
        <translation>vă autentificați cu această adresă de e-mail</translation>
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
        <source>Create administrator</source>
        <translation>Creează administratorul</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nume complet:</translation>
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
        <translation>Repetați parola:</translation>
    </message>
</context>
</TS>
