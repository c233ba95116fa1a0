<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Revert import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what the import of “{file}” created and restore what it updated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} deals were changed since and will be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {removed}. Restored: {restored}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because they changed since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
