<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AddClientsDialog</name>
    <message>
        <source>Add clients to “%1”</source>
        <translation>Adaugă clienți în „%1”</translation>
    </message>
    <message>
        <source>Search name, company, e-mail or phone</source>
        <translation>Căutați nume, companie, e-mail sau telefon</translation>
    </message>
    <message>
        <source>Create deals</source>
        <translation>Creează oportunități</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Niciun contact nu corespunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>%n contact ales</numerusform>
            <numerusform>%n contacte alese</numerusform>
            <numerusform>%n de contacte alese</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Add clients…</source>
        <translation>Adaugă clienți…</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>Trimite mesaj…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Exportă contactele…</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Trimite mesaj</translation>
    </message>
    <message>
        <source>There are no deals in this stage.</source>
        <translation>Nu există oportunități în această etapă.</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clienți</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportă contactele</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Fișierul nu a putut fi scris: %1</translation>
    </message>
    <message>
        <source>Rows written: %1
File: %2</source>
        <translation>Rânduri scrise: %1
Fișier: %2</translation>
    </message>
</context>
</TS>
