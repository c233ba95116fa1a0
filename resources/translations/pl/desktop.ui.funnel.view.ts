<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>QuickRange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <source>Search number, subject, contact, company, e-mail…</source>
        <translation>Szukaj: numer, temat, kontakt, firma, e-mail…</translation>
    </message>
    <message>
        <source>Created: any time</source>
        <translation>Utworzono: kiedykolwiek</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Utworzono: %1</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nowa szansa…</translation>
    </message>
    <message>
        <source>Advanced search…</source>
        <translation>Wyszukiwanie zaawansowane…</translation>
    </message>
    <message>
        <source>Row height: </source>
        <translation>Wysokość wiersza: </translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Zmień opiekuna…</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Przenieś do etapu…</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Oznacz jako spam</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Filter “%1”…</source>
        <translation>Filtruj „%1”…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Przywróć domyślne kolumny</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtr kolumny</translation>
    </message>
    <message>
        <source>Show rows whose “%1” contains:</source>
        <translation>Pokaż wiersze, w których „%1” zawiera:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Etapy: %1</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Opiekunowie: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Źródła: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Planowane zamknięcie: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Zamknięcie: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wartość: %1</translation>
    </message>
    <message>
        <source>Lost reason: %1</source>
        <translation>Powód przegranej: %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Produkty: %1</translation>
    </message>
    <message>
        <source>Went through in order: %1</source>
        <translation>Przeszła po kolei przez: %1</translation>
    </message>
    <message>
        <source>Went through: %1</source>
        <translation>Przeszła przez: %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Usuń ten filtr</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Zaznaczono: %1</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Zmiana opiekuna</translation>
    </message>
    <message>
        <source>New owner of the selected deals:</source>
        <translation>Nowy opiekun zaznaczonych szans:</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Przeniesienie do etapu</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected deal(s)</source>
        <translation>
            <numerusform>%n zaznaczonej szansy</numerusform>
            <numerusform>%n zaznaczonych szans</numerusform>
            <numerusform>%n zaznaczonych szans</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deals</source>
        <translation>Eksport szans</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;CSV rozdzielany średnikami (*.csv)</translation>
    </message>
    <message>
        <source>Exported deals: %1</source>
        <translation>Wyeksportowano szanse: %1</translation>
    </message>
    <message>
        <source>Save current view as segment…</source>
        <translation>Zapisz bieżący widok jako segment…</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Zapisywanie segmentu</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Nazwa segmentu:</translation>
    </message>
</context>
</TS>
