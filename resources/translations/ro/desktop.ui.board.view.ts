<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>BoardView</name>
    <message>
        <source>Search title, number, company or contact (Ctrl+F)</source>
        <translation>Căutați titlu, număr, companie sau contact (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add the first deal</source>
        <translation>Adaugă prima oportunitate</translation>
    </message>
    <message>
        <source>Find deals</source>
        <translation>Găsește oportunități</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Mută în etapa următoare</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>Mută în etapa anterioară</translation>
    </message>
    <message>
        <source>Filtered: “%1”</source>
        <translation>Filtrat: „%1”</translation>
    </message>
    <message>
        <source>Move “%1” to “%2”</source>
        <translation>Mută „%1” în „%2”</translation>
    </message>
</context>
</TS>
