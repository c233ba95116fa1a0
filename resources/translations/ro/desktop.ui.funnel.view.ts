<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>QuickRange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <source>Search number, subject, contact, company, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Toți responsabilii</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row height: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>Filter “%1”…</source>
        <translation>Filtrează „%1”…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Resetează coloanele</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtru coloană</translation>
    </message>
    <message>
        <source>Show rows whose “%1” contains:</source>
        <translation>Arată rândurile în care „%1” conține:</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selectate: %1</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner of the selected deals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapă:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Registru Excel (*.xlsx);;CSV separat prin punct și virgulă (*.csv)</translation>
    </message>
    <message>
        <source>Exported deals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current view as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
