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
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Scal dwa zaznaczone duplikaty w jeden rekord</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scalanie</translation>
    </message>
    <message>
        <source>Select exactly two records.</source>
        <translation>Zaznacz dokładnie dwa rekordy.</translation>
    </message>
    <message>
        <source>Keep this record:</source>
        <translation>Zachowaj ten rekord:</translation>
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
    <message>
        <source>“%1” will be merged into “%2” and deleted. Its deals (%3), contacts and history move to “%2”; empty fields of “%2” take its values. Merge?</source>
        <translation>„%1” zostanie scalona z „%2” i usunięta. Jej szanse (%3), kontakty i historia przejdą do „%2”; puste pola „%2” przejmą jej wartości. Scalić?</translation>
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
        <source>Add to campaign…</source>
        <translation>Dodaj do kampanii…</translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” and deleted. Its deals (%3), campaigns (%4), e-mails and history move to “%2”; empty fields of “%2” take its values. Merge?</source>
        <translation>„%1” zostanie scalony z „%2” i usunięty. Jego szanse (%3), kampanie (%4), e-maile i historia przejdą do „%2”; puste pola „%2” przejmą jego wartości. Scalić?</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Dodawanie do kampanii</translation>
    </message>
    <message>
        <source>There is no campaign yet (Process → Campaigns…).</source>
        <translation>Nie ma jeszcze żadnej kampanii (Proces → Kampanie…).</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampania:</translation>
    </message>
    <message>
        <source>Added: %1, already members: %2, skipped without marketing consent: %3</source>
        <translation>Dodano: %1, już w kampanii: %2, pominięto bez zgody marketingowej: %3</translation>
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
