<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
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
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Filter “%1”…</source>
        <translation>Filtruj „%1”…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Przywróć domyślne kolumny</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtr kolumny</translation>
    </message>
    <message>
        <source>Show rows whose “%1” contains:</source>
        <translation>Pokaż wiersze, w których „%1” zawiera:</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Zaznaczono: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;CSV rozdzielany średnikami (*.csv)</translation>
    </message>
    <message>
        <source>Exported rows: %1</source>
        <translation>Wyeksportowano wierszy: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Search name, NIP, CUI, city, e-mail, phone…</source>
        <translation>Szukaj nazwy, NIP, CUI, miasta, e-maila, telefonu…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(ies)? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n firmę? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n firmy? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n firm? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search name, company, e-mail, phone, position…</source>
        <translation>Szukaj nazwiska, firmy, e-maila, telefonu, stanowiska…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n kontakt? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n kontakty? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n kontaktów? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Zgoda: dowolna</translation>
    </message>
    <message>
        <source>With marketing consent</source>
        <translation>Ze zgodą marketingową</translation>
    </message>
    <message>
        <source>Without marketing consent</source>
        <translation>Bez zgody marketingowej</translation>
    </message>
</context>
</TS>
