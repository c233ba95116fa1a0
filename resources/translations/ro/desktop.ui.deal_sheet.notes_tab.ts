<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>NotesTab</name>
    <message>
        <source>Write a note about this deal…</source>
        <translation>Scrieți o notă despre această oportunitate…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adaugă notă</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Atașează fișier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvează ca…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Files (up to %1 MB each)</source>
        <translation>Fișiere (până la %1 MB fiecare)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Încă nu există note.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Atașează fișier</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Fișierul nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Salvează fișierul</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Fișierul nu a putut fi scris: %1</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Șterge fișierul</translation>
    </message>
    <message>
        <source>Delete “%1” from this deal?</source>
        <translation>Ștergeți „%1” din această oportunitate?</translation>
    </message>
</context>
</TS>
