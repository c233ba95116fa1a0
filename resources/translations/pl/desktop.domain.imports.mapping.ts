<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The mapping file cannot be used: {detail}</source>
        <translation>Nie można użyć pliku przypisania kolumn: {detail}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Skip the row</source>
        <translation>Pomiń wiersz</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>Zaktualizuj istniejący rekord</translation>
    </message>
    <message>
        <source>Create another record</source>
        <translation>Utwórz nowy rekord</translation>
    </message>
</context>
</TS>
