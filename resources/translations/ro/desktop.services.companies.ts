<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Someone else saved this company in the meantime. Review their changes and save again.</source>
        <translation>Între timp altcineva a salvat această companie. Verificați modificările și salvați din nou.</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>Această companie nu mai există.</translation>
    </message>
    <message>
        <source>Only managers and administrators can delete companies.</source>
        <translation>Doar managerii și administratorii pot șterge companii.</translation>
    </message>
    <message>
        <source>{name} is the company of {count} deal(s); give them another company or merge first.</source>
        <translation>{name} este compania a {count} oportunități; atribuiți-le altă companie sau combinați mai întâi.</translation>
    </message>
</context>
</TS>
