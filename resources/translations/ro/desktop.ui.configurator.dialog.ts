<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ConfiguratorDialog</name>
    <message>
        <source>Configure process “%1”</source>
        <translation>Configurează procesul „%1”</translation>
    </message>
    <message>
        <source>Process name:</source>
        <translation>Numele procesului:</translation>
    </message>
    <message>
        <source>Deal number format:</source>
        <translation>Formatul numărului oportunității:</translation>
    </message>
    <message>
        <source>Add open stage</source>
        <translation>Adaugă etapă deschisă</translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation>Adaugă etapă închisă</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Șterge etapa</translation>
    </message>
    <message>
        <source>Stages (drag open stages to reorder):</source>
        <translation>Etape (trageți etapele deschise pentru a le reordona):</translation>
    </message>
    <message>
        <source>Settings and activities</source>
        <translation>Setări și activități</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Declanșatoare</translation>
    </message>
    <message>
        <source>Closed stages stay after the open ones, in their order.</source>
        <translation>Etapele închise rămân după cele deschise, în ordinea lor.</translation>
    </message>
    <message>
        <source>A process can have at most %1 open stages.</source>
        <translation>Un proces poate avea cel mult %1 etape deschise.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Etapă nouă</translation>
    </message>
    <message>
        <source>A process can have at most %1 closed stages.</source>
        <translation>Un proces poate avea cel mult %1 etape închise.</translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation>Un proces poate avea o singură etapă Câștigată.</translation>
    </message>
    <message>
        <source>“%1” has %2 deal(s). Which stage receives them?</source>
        <translation>„%1” are oportunități: %2. Care etapă le preia?</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %n deal(s) lost? Each of them gets this reason.</source>
        <translation>
            <numerusform>De ce a fost pierdută această %n oportunitate? Va primi acest motiv.</numerusform>
            <numerusform>De ce au fost pierdute aceste %n oportunități? Fiecare va primi acest motiv.</numerusform>
            <numerusform>De ce au fost pierdute aceste %n de oportunități? Fiecare va primi acest motiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which sub-stage of “%1” do the deals get?</source>
        <translation>Ce subetapă a „%1” primesc oportunitățile?</translation>
    </message>
    <message>
        <source>“%1” is done in %2 deal(s). Delete it anyway? Their history keeps the record.</source>
        <translation>„%1” este efectuată în oportunități: %2. O ștergeți totuși? Istoricul lor păstrează înregistrarea.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Șterge activitatea</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemplu: %1</translation>
    </message>
</context>
</TS>
