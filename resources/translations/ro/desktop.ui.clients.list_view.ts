<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>ClientColumn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nou…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
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
        <source>Selected: %1</source>
        <translation>Selectate: %1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Combină…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Combină două duplicate selectate într-o singură înregistrare</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinare</translation>
    </message>
    <message>
        <source>Select exactly two records.</source>
        <translation>Selectați exact două înregistrări.</translation>
    </message>
    <message>
        <source>Keep this record:</source>
        <translation>Păstrează această înregistrare:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Registru Excel (*.xlsx);;CSV, separat prin punct și virgulă (*.csv)</translation>
    </message>
    <message>
        <source>Exported rows: %1</source>
        <translation>Rânduri exportate: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Search name, NIP, CUI, city, e-mail, phone…</source>
        <translation>Caută nume, NIP, CUI, oraș, e-mail, telefon…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(ies)? This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți %n companie? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți %n companii? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți %n de companii? Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” and deleted. Its deals (%3), contacts and history move to “%2”; empty fields of “%2” take its values. Merge?</source>
        <translation>„%1” va fi combinată cu „%2” și ștearsă. Oportunitățile ei (%3), contactele și istoricul trec la „%2”; câmpurile goale ale „%2” preiau valorile ei. Combinați?</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search name, company, e-mail, phone, position…</source>
        <translation>Caută nume, companie, e-mail, telefon, funcție…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți %n contact? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți %n contacte? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți %n de contacte? Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to campaign…</source>
        <translation>Adaugă la campanie…</translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” and deleted. Its deals (%3), campaigns (%4), e-mails and history move to “%2”; empty fields of “%2” take its values. Merge?</source>
        <translation>„%1” va fi combinat cu „%2” și șters. Oportunitățile (%3), campaniile (%4), e-mailurile și istoricul trec la „%2”; câmpurile goale ale „%2” preiau valorile lui. Combinați?</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Adăugare la campanie</translation>
    </message>
    <message>
        <source>There is no campaign yet (Process → Campaigns…).</source>
        <translation>Nu există încă nicio campanie (Proces → Campanii…).</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campanie:</translation>
    </message>
    <message>
        <source>Added: %1, already members: %2, skipped without marketing consent: %3</source>
        <translation>Adăugate: %1, deja membri: %2, omise fără consimțământ de marketing: %3</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Consimțământ: oricare</translation>
    </message>
    <message>
        <source>With marketing consent</source>
        <translation>Cu consimțământ de marketing</translation>
    </message>
    <message>
        <source>Without marketing consent</source>
        <translation>Fără consimțământ de marketing</translation>
    </message>
</context>
</TS>
