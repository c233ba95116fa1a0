<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Optional: the same message as simple HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal number for the preview, e.g. SPR/2026/0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change the shared templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
