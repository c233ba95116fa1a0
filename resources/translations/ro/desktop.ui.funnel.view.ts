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
        <translation>Căutați număr, subiect, contact, companie, e-mail…</translation>
    </message>
    <message>
        <source>Created: any time</source>
        <translation>Creată: oricând</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creată: %1</translation>
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
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Oportunitate nouă…</translation>
    </message>
    <message>
        <source>Advanced search…</source>
        <translation>Căutare avansată…</translation>
    </message>
    <message>
        <source>Row height: </source>
        <translation>Înălțimea rândului: </translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Schimbă responsabilul…</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Mută în etapa…</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Marchează ca spam</translation>
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
        <translation>Filtrează coloana</translation>
    </message>
    <message>
        <source>Show rows whose “%1” contains:</source>
        <translation>Arată rândurile în care „%1” conține:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de la %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>până la %1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Etape: %1</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Responsabili: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Surse: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Închidere estimată: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Închidere: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valoare: %1</translation>
    </message>
    <message>
        <source>Lost reason: %1</source>
        <translation>Motivul pierderii: %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Produse: %1</translation>
    </message>
    <message>
        <source>Went through in order: %1</source>
        <translation>A trecut în ordine prin: %1</translation>
    </message>
    <message>
        <source>Went through: %1</source>
        <translation>A trecut prin: %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Elimină acest filtru</translation>
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
        <translation>Schimbă responsabilul</translation>
    </message>
    <message>
        <source>New owner of the selected deals:</source>
        <translation>Noul responsabil al oportunităților selectate:</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Mută în etapa</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapă:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected deal(s)</source>
        <translation>
            <numerusform>%n oportunitate selectată</numerusform>
            <numerusform>%n oportunități selectate</numerusform>
            <numerusform>%n de oportunități selectate</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deals</source>
        <translation>Exportă oportunitățile</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Registru Excel (*.xlsx);;CSV, separat prin punct și virgulă (*.csv)</translation>
    </message>
    <message>
        <source>Exported deals: %1</source>
        <translation>Oportunități exportate: %1</translation>
    </message>
    <message>
        <source>Save current view as segment…</source>
        <translation>Salvează vizualizarea curentă ca segment…</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Salvează segmentul</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Numele segmentului:</translation>
    </message>
</context>
</TS>
