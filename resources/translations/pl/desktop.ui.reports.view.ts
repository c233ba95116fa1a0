<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ReportsView</name>
    <message>
        <source>Custom…</source>
        <translation>Własny zakres…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Chart and table as PNG…</source>
        <translation>Wykres i tabela jako PNG…</translation>
    </message>
    <message>
        <source>Chart and table as PDF…</source>
        <translation>Wykres i tabela jako PDF…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabela jako CSV…</translation>
    </message>
    <message>
        <source>Table as XLSX…</source>
        <translation>Tabela jako XLSX…</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupuj według</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Słupki</translation>
    </message>
    <message>
        <source>Show the pie&apos;s numbers as bars</source>
        <translation>Pokaż liczby z wykresu kołowego jako słupki</translation>
    </message>
    <message>
        <source>All processes</source>
        <translation>Wszystkie procesy</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Opiekunowie: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <source>Nothing to draw: every number in this chart is zero.</source>
        <translation>Nie ma czego narysować: wszystkie liczby na tym wykresie są zerowe.</translation>
    </message>
    <message>
        <source>No deals match these filters.</source>
        <translation>Żadna szansa nie spełnia tych warunków.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksport raportu</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
</context>
</TS>
