<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Advanced search</source>
        <translation>Wyszukiwanie zaawansowane</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Optional: save as a segment with this name</source>
        <translation>Opcjonalnie: zapisz jako segment o tej nazwie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Etapy:</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Opiekunowie:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Źródła:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Utworzono:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Planowane zamknięcie:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wartość:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Tekst zawiera:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
</context>
</TS>
