<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ReportsView</name>
    <message>
        <source>Custom…</source>
        <translation>Interval personalizat…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Chart and table as PNG…</source>
        <translation>Grafic și tabel ca PNG…</translation>
    </message>
    <message>
        <source>Chart and table as PDF…</source>
        <translation>Grafic și tabel ca PDF…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabel ca CSV…</translation>
    </message>
    <message>
        <source>Table as XLSX…</source>
        <translation>Tabel ca XLSX…</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupare după</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafic</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bare</translation>
    </message>
    <message>
        <source>Show the pie&apos;s numbers as bars</source>
        <translation>Arată cifrele din diagrama circulară ca bare</translation>
    </message>
    <message>
        <source>All processes</source>
        <translation>Toate procesele</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toate sursele</translation>
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
        <source>Owners: %1</source>
        <translation>Responsabili: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Se calculează…</translation>
    </message>
    <message>
        <source>Nothing to draw: every number in this chart is zero.</source>
        <translation>Nimic de desenat: toate valorile din acest grafic sunt zero.</translation>
    </message>
    <message>
        <source>No deals match these filters.</source>
        <translation>Nicio oportunitate nu corespunde acestor filtre.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagine PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fișier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Fișierul nu a putut fi scris: %1</translation>
    </message>
</context>
</TS>
