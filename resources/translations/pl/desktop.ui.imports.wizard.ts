<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>CSV, TSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, TSV, Excel (.xlsx) lub vCard. Nic nie zostanie zapisane przed ostatnim krokiem.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>A name that is not a process yet creates one from the file&apos;s stages.</source>
        <translation>Nazwa, której nie ma wśród procesów, tworzy nowy proces z etapów z pliku.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Arkusz:</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Wiersze to:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>text table (CSV)</source>
        <translation>tabela tekstowa (CSV)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>skoroszyt Excela</translation>
    </message>
    <message>
        <source>{format}, {columns} columns, header in row {line}</source>
        <translation>{format}, kolumny: {columns}, nagłówek w wierszu {line}</translation>
    </message>
    <message>
        <source>the mapping used last time for files like this one is restored</source>
        <translation>przywrócono przypisanie kolumn użyte ostatnio dla takich plików</translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation>Wybierz proces, do którego trafią szanse.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Zapisz raport błędów</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>What each column of the file holds. Columns left at “(not imported)” are ignored.</source>
        <translation>Co zawiera każda kolumna pliku. Kolumny oznaczone „(nie importuj)” są pomijane.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>When a record is already in Etap:</source>
        <translation>Gdy rekord jest już w Etapie:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie importuj)</translation>
    </message>
    <message>
        <source>Deals (same number):</source>
        <translation>Szanse (ten sam numer):</translation>
    </message>
    <message>
        <source>Contacts (same e-mail, or name and company):</source>
        <translation>Kontakty (ten sam e-mail albo imię, nazwisko i firma):</translation>
    </message>
    <message>
        <source>Companies (same NIP/CUI or name):</source>
        <translation>Firmy (ten sam NIP/CUI lub nazwa):</translation>
    </message>
    <message>
        <source>Products (same code):</source>
        <translation>Produkty (ten sam kod):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Wskaż zawartość co najmniej jednej kolumny.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>The first 200 rows as they will be stored. Red cells keep their row out; yellow ones are warnings.</source>
        <translation>Pierwsze 200 wierszy tak, jak zostaną zapisane. Czerwone komórki wykluczają wiersz; żółte to ostrzeżenia.</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Zapisz raport błędów…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importowany</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>pominięty</translation>
    </message>
    <message>
        <source>Rows in the file: {rows}. Of the first {shown}: {errors} left out, {warnings} with warnings.</source>
        <translation>Wierszy w pliku: {rows}. Z pierwszych {shown}: pominięte {errors}, z ostrzeżeniami {warnings}.</translation>
    </message>
    <message>
        <source>{name} (new user)</source>
        <translation>{name} (nowy użytkownik)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(bez opiekuna)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All rows are saved in one step: Cancel or an error leaves Etap as it was.</source>
        <translation>Wszystkie wiersze są zapisywane naraz: anulowanie lub błąd pozostawia Etap bez zmian.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Zapisz raport błędów…</translation>
    </message>
    <message>
        <source>Ready to import {rows} rows.</source>
        <translation>Gotowe do importu wierszy: {rows}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <source>How the file&apos;s values match Etap&apos;s. Proposed by name; change what is wrong.</source>
        <translation>Jak wartości z pliku odpowiadają wartościom w Etapie. Dopasowano po nazwie; popraw, co się nie zgadza.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>In Etap</source>
        <translation>W Etapie</translation>
    </message>
    <message>
        <source>{rows} rows in the file.</source>
        <translation>Wierszy w pliku: {rows}.</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>wybierz…</translation>
    </message>
    <message>
        <source>day first (31.12.2026)</source>
        <translation>najpierw dzień (31.12.2026)</translation>
    </message>
    <message>
        <source>month first (12/31/2026)</source>
        <translation>najpierw miesiąc (12/31/2026)</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Kolejność w dacie</translation>
    </message>
    <message>
        <source>Process “{name}” will be created with the file&apos;s stages.</source>
        <translation>Proces „{name}” zostanie utworzony z etapami z pliku.</translation>
    </message>
    <message>
        <source>(leave these rows out)</source>
        <translation>(pomiń te wiersze)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(bez opiekuna)</translation>
    </message>
    <message>
        <source>(a new user with this name)</source>
        <translation>(nowy użytkownik o tej nazwie)</translation>
    </message>
    <message>
        <source>Nothing to match: every value is taken as it is.</source>
        <translation>Nie ma czego dopasowywać: wszystkie wartości zostaną przyjęte bez zmian.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the order of day and month for each date column.</source>
        <translation>Wskaż kolejność dnia i miesiąca dla każdej kolumny z datami.</translation>
    </message>
</context>
</TS>
