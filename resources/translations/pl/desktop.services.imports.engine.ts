<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Column “{column}” has dates whose day and month cannot be told apart. Choose the order.</source>
        <translation>W kolumnie „{column}” nie da się odróżnić dnia od miesiąca. Wskaż kolejność.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Import został anulowany; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Only managers and administrators can import this.</source>
        <translation>Tylko menedżerowie i administratorzy mogą to importować.</translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation>Wybierz proces, do którego trafią szanse.</translation>
    </message>
    <message>
        <source>The same record appears earlier in the file.</source>
        <translation>Ten sam rekord występuje wcześniej w pliku.</translation>
    </message>
    <message>
        <source>Someone else changed a record the import updates.</source>
        <translation>Ktoś inny zmienił rekord, który aktualizuje import.</translation>
    </message>
    <message>
        <source>Someone else changed deal {number} during the import.</source>
        <translation>Ktoś inny zmienił szansę {number} w trakcie importu.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>zaktualizowano</translation>
    </message>
    <message>
        <source>skipped (already there)</source>
        <translation>pominięto (już istnieją)</translation>
    </message>
    <message>
        <source>not imported (errors)</source>
        <translation>nie zaimportowano (błędy)</translation>
    </message>
    <message>
        <source>imported with warnings</source>
        <translation>zaimportowano z ostrzeżeniami</translation>
    </message>
</context>
</TS>
