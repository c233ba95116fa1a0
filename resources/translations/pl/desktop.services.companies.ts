<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Someone else saved this company in the meantime. Review their changes and save again.</source>
        <translation>W międzyczasie ktoś inny zapisał tę firmę. Sprawdź jego zmiany i zapisz ponownie.</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>Ta firma już nie istnieje.</translation>
    </message>
    <message>
        <source>Only managers and administrators can delete companies.</source>
        <translation>Tylko menedżerowie i administratorzy mogą usuwać firmy.</translation>
    </message>
    <message>
        <source>{name} is the company of {count} deal(s); give them another company or merge first.</source>
        <translation>{name} jest firmą w szansach ({count}); najpierw przypisz im inną firmę albo scal rekordy.</translation>
    </message>
</context>
</TS>
