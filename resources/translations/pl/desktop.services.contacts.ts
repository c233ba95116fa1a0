<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Someone else saved this contact in the meantime. Review their changes and save again.</source>
        <translation>W międzyczasie ktoś inny zapisał ten kontakt. Sprawdź jego zmiany i zapisz ponownie.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ten kontakt już nie istnieje.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Wybrany rekord już nie istnieje.</translation>
    </message>
    <message>
        <source>An anonymised contact cannot be edited.</source>
        <translation>Zanonimizowanego kontaktu nie można edytować.</translation>
    </message>
    <message>
        <source>Only managers and administrators can delete contacts.</source>
        <translation>Tylko menedżerowie i administratorzy mogą usuwać kontakty.</translation>
    </message>
    <message>
        <source>{name} is the contact of {count} deal(s); give them another contact or merge first.</source>
        <translation>{name} jest kontaktem w szansach ({count}); najpierw przypisz im inny kontakt albo scal rekordy.</translation>
    </message>
</context>
</TS>
