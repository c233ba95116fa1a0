<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that is not a process yet creates one from the file&apos;s stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}, {columns} columns, header in row {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping used last time for files like this one is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column of the file holds. Columns left at “(not imported)” are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a record is already in Etap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals (same number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (same e-mail, or name and company):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies (same NIP/CUI or name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products (same code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the file: {rows}. Of the first {shown}: {errors} left out, {warnings} with warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (new user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows are saved in one step: Cancel or an error leaves Etap as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s values match Etap&apos;s. Proposed by name; change what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Etap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first (31.12.2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process “{name}” will be created with the file&apos;s stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave these rows out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new user with this name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to match: every value is taken as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order of day and month for each date column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
