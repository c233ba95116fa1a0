<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can merge records.</source>
        <translation>Tylko menedżerowie i administratorzy mogą scalać rekordy.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Nie można scalić rekordu z nim samym.</translation>
    </message>
    <message>
        <source>Someone else saved this contact in the meantime. Review their changes and save again.</source>
        <translation>W międzyczasie ktoś inny zapisał ten kontakt. Sprawdź jego zmiany i zapisz ponownie.</translation>
    </message>
    <message>
        <source>Someone else saved this company in the meantime. Review their changes and save again.</source>
        <translation>W międzyczasie ktoś inny zapisał tę firmę. Sprawdź jego zmiany i zapisz ponownie.</translation>
    </message>
</context>
</TS>
