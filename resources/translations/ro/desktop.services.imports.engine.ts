<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Column “{column}” has dates whose day and month cannot be told apart. Choose the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can import this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same record appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed a record the import updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed deal {number} during the import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported (errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported with warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
