<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation>Șabloane de e-mail</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Optional: the same message as simple HTML</source>
        <translation>Opțional: același mesaj în HTML simplu</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Text simplu</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>deal number for the preview, e.g. SPR/2026/0001</source>
        <translation>numărul oportunității pentru previzualizare, de ex. SPR/2026/0001</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subiect:</translation>
    </message>
    <message>
        <source>Preview with deal:</source>
        <translation>Previzualizare cu oportunitatea:</translation>
    </message>
    <message>
        <source>Double-click to insert</source>
        <translation>Dublu clic pentru inserare</translation>
    </message>
    <message>
        <source>Only managers and administrators can change the shared templates.</source>
        <translation>Doar managerii și administratorii pot modifica șabloanele comune.</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Ștergeți șablonul „%1”?</translation>
    </message>
</context>
</TS>
