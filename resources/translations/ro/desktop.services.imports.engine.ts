<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Column “{column}” has dates whose day and month cannot be told apart. Choose the order.</source>
        <translation>În coloana „{column}” ziua și luna din date nu pot fi deosebite. Alegeți ordinea.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Importul a fost anulat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Only managers and administrators can import this.</source>
        <translation>Doar managerii și administratorii pot importa aceste date.</translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation>Alegeți procesul în care intră oportunitățile.</translation>
    </message>
    <message>
        <source>The same record appears earlier in the file.</source>
        <translation>Aceeași înregistrare apare mai devreme în fișier.</translation>
    </message>
    <message>
        <source>Someone else changed a record the import updates.</source>
        <translation>Altcineva a modificat o înregistrare pe care o actualizează importul.</translation>
    </message>
    <message>
        <source>Someone else changed deal {number} during the import.</source>
        <translation>Altcineva a modificat oportunitatea {number} în timpul importului.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>created</source>
        <translation>create</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizate</translation>
    </message>
    <message>
        <source>skipped (already there)</source>
        <translation>omise (existau deja)</translation>
    </message>
    <message>
        <source>not imported (errors)</source>
        <translation>neimportate (erori)</translation>
    </message>
    <message>
        <source>imported with warnings</source>
        <translation>importate cu avertismente</translation>
    </message>
</context>
</TS>
