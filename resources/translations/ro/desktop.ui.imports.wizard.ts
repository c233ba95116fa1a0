<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
        <translation>Fișier</translation>
    </message>
    <message>
        <source>CSV, TSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, TSV, Excel (.xlsx) sau vCard. Nu se salvează nimic până la ultimul pas.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Alege fișierul…</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgulă</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punct și virgulă</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>A name that is not a process yet creates one from the file&apos;s stages.</source>
        <translation>Un nume care nu este încă un proces creează un proces nou din etapele din fișier.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fișier:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificare:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Foaie:</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Rândurile sunt:</translation>
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
        <translation>tabel text (CSV)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>registru Excel</translation>
    </message>
    <message>
        <source>{format}, {columns} columns, header in row {line}</source>
        <translation>{format}, coloane: {columns}, antet pe rândul {line}</translation>
    </message>
    <message>
        <source>the mapping used last time for files like this one is restored</source>
        <translation>s-a restabilit corespondența coloanelor folosită ultima dată pentru fișiere ca acesta</translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation>Alegeți procesul în care intră oportunitățile.</translation>
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
        <translation>Salvează raportul de erori</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message>
        <source>What each column of the file holds. Columns left at “(not imported)” are ignored.</source>
        <translation>Ce conține fiecare coloană a fișierului. Coloanele lăsate pe „(nu se importă)” sunt ignorate.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primele valori</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>When a record is already in Etap:</source>
        <translation>Când o înregistrare există deja în Etap:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nu se importă)</translation>
    </message>
    <message>
        <source>Deals (same number):</source>
        <translation>Oportunități (același număr):</translation>
    </message>
    <message>
        <source>Contacts (same e-mail, or name and company):</source>
        <translation>Contacte (același e-mail sau același nume și aceeași companie):</translation>
    </message>
    <message>
        <source>Companies (same NIP/CUI or name):</source>
        <translation>Companii (același NIP/CUI sau același nume):</translation>
    </message>
    <message>
        <source>Products (same code):</source>
        <translation>Produse (același cod):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Alegeți ce conține cel puțin o coloană.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>The first 200 rows as they will be stored. Red cells keep their row out; yellow ones are warnings.</source>
        <translation>Primele 200 de rânduri, așa cum vor fi salvate. Celulele roșii exclud rândul; cele galbene sunt avertismente.</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Salvează raportul de erori…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>se importă</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omis</translation>
    </message>
    <message>
        <source>Rows in the file: {rows}. Of the first {shown}: {errors} left out, {warnings} with warnings.</source>
        <translation>Rânduri în fișier: {rows}. Dintre primele {shown}: omise: {errors}, cu avertismente: {warnings}.</translation>
    </message>
    <message>
        <source>{name} (new user)</source>
        <translation>{name} (utilizator nou)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(fără responsabil)</translation>
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
        <translation>Toate rândurile se salvează într-un singur pas: anularea sau o eroare lasă Etap neschimbat.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Anulează importul</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Salvează raportul de erori…</translation>
    </message>
    <message>
        <source>Ready to import {rows} rows.</source>
        <translation>Rânduri pregătite pentru import: {rows}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Se importă…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>How the file&apos;s values match Etap&apos;s. Proposed by name; change what is wrong.</source>
        <translation>Cum corespund valorile din fișier celor din Etap. Propuse după nume; corectați ce este greșit.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>În fișier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>In Etap</source>
        <translation>În Etap</translation>
    </message>
    <message>
        <source>{rows} rows in the file.</source>
        <translation>Rânduri în fișier: {rows}.</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>alegeți…</translation>
    </message>
    <message>
        <source>day first (31.12.2026)</source>
        <translation>întâi ziua (31.12.2026)</translation>
    </message>
    <message>
        <source>month first (12/31/2026)</source>
        <translation>întâi luna (12/31/2026)</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordinea zilei și a lunii</translation>
    </message>
    <message>
        <source>Process “{name}” will be created with the file&apos;s stages.</source>
        <translation>Procesul „{name}” va fi creat cu etapele din fișier.</translation>
    </message>
    <message>
        <source>(leave these rows out)</source>
        <translation>(omite aceste rânduri)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(fără responsabil)</translation>
    </message>
    <message>
        <source>(a new user with this name)</source>
        <translation>(un utilizator nou cu acest nume)</translation>
    </message>
    <message>
        <source>Nothing to match: every value is taken as it is.</source>
        <translation>Nimic de potrivit: fiecare valoare este preluată așa cum este.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the order of day and month for each date column.</source>
        <translation>Alegeți ordinea zilei și a lunii pentru fiecare coloană cu date.</translation>
    </message>
</context>
</TS>
