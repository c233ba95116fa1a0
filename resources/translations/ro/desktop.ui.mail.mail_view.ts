<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>MailView</name>
    <message>
        <source>Choose a message to read it.</source>
        <translation>Alegeți un mesaj pentru a-l citi.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De la:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Către:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Atașamente:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvează…</translation>
    </message>
    <message>
        <source>Add to the deal&apos;s files</source>
        <translation>Adaugă la fișierele oportunității</translation>
    </message>
</context>
</TS>
