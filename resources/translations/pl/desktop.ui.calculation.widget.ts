<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>CalculationDialog</name>
    <message>
        <source>Calculation and offer</source>
        <translation>Kalkulacja i oferta</translation>
    </message>
</context>
<context>
    <name>CalculationWidget</name>
    <message>
        <source>Calculations are switched off for all deals (Tools › Settings). The deal keeps its value and cost.</source>
        <translation>Kalkulacje są wyłączone dla wszystkich szans (Narzędzia › Ustawienia). Szansa zachowuje swoją wartość i koszt.</translation>
    </message>
    <message>
        <source>New variant…</source>
        <translation>Nowy wariant…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopiuj…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Use for the deal</source>
        <translation>Użyj w szansie</translation>
    </message>
    <message>
        <source>This variant&apos;s net value and cost become the deal&apos;s value and cost</source>
        <translation>Wartość netto i koszt tego wariantu stają się wartością i kosztem szansy</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Wariant:</translation>
    </message>
    <message>
        <source>No calculation yet. Click “New variant…” to price an offer.</source>
        <translation>Brak kalkulacji. Kliknij „Nowy wariant…”, aby wycenić ofertę.</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Dodaj produkt…</translation>
    </message>
    <message>
        <source>Add free-text line</source>
        <translation>Dodaj pozycję opisową</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Netto:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>VAT:</translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation>Brutto:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Koszt:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marża:</translation>
    </message>
    <message>
        <source>Margin % of net:</source>
        <translation>Marża % (od netto):</translation>
    </message>
    <message>
        <source>Markup % of cost:</source>
        <translation>Narzut % (od kosztu):</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Zysk:</translation>
    </message>
    <message>
        <source>In deal currency (net / cost):</source>
        <translation>W walucie szansy (netto / koszt):</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (wybrany)</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Nowy wariant</translation>
    </message>
    <message>
        <source>Name of the variant:</source>
        <translation>Nazwa wariantu:</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Wariant %1</translation>
    </message>
    <message>
        <source>Copy variant</source>
        <translation>Kopiuj wariant</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nazwa kopii:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Rename variant</source>
        <translation>Zmień nazwę wariantu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Delete the variant “%1” and its lines?</source>
        <translation>Usunąć wariant „%1” wraz z jego pozycjami?</translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation>Usuń wariant</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nowa pozycja</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Najpierw zaznacz pozycję.</translation>
    </message>
</context>
</TS>
