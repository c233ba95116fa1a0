<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Coș</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Process › stage</source>
        <translation>Proces › etapă</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ștearsă</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Coșul este gol.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>Managers put deals back where they were, with everything they had.</source>
        <translation>Managerii pun oportunitățile înapoi unde erau, cu tot ce aveau.</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Șterge definitiv…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s) for good, with their history, tasks and files? This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți definitiv %n oportunitate, cu istoricul, sarcinile și fișierele ei? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n oportunități, cu istoricul, sarcinile și fișierele lor? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n de oportunități, cu istoricul, sarcinile și fișierele lor? Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Șterge definitiv</translation>
    </message>
</context>
</TS>
