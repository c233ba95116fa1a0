<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can merge records.</source>
        <translation>Doar managerii și administratorii pot combina înregistrări.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>O înregistrare nu poate fi combinată cu ea însăși.</translation>
    </message>
    <message>
        <source>Someone else saved this contact in the meantime. Review their changes and save again.</source>
        <translation>Între timp altcineva a salvat acest contact. Verificați modificările și salvați din nou.</translation>
    </message>
    <message>
        <source>Someone else saved this company in the meantime. Review their changes and save again.</source>
        <translation>Între timp altcineva a salvat această companie. Verificați modificările și salvați din nou.</translation>
    </message>
</context>
</TS>
