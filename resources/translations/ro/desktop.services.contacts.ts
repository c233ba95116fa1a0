<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Someone else saved this contact in the meantime. Review their changes and save again.</source>
        <translation>Între timp altcineva a salvat acest contact. Verificați modificările și salvați din nou.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Acest contact nu mai există.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Înregistrarea aleasă nu mai există.</translation>
    </message>
    <message>
        <source>An anonymised contact cannot be edited.</source>
        <translation>Un contact anonimizat nu poate fi editat.</translation>
    </message>
    <message>
        <source>Only managers and administrators can delete contacts.</source>
        <translation>Doar managerii și administratorii pot șterge contacte.</translation>
    </message>
    <message>
        <source>{name} is the contact of {count} deal(s); give them another contact or merge first.</source>
        <translation>{name} este contactul a {count} oportunități; atribuiți-le alt contact sau combinați mai întâi.</translation>
    </message>
</context>
</TS>
