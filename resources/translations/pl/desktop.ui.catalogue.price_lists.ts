<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>PriceListsTab</name>
    <message>
        <source>New price list…</source>
        <translation>Nowy cennik…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Price in the list&apos;s currency</source>
        <translation>Cena w walucie cennika</translation>
    </message>
    <message>
        <source>Add or change product…</source>
        <translation>Dodaj lub zmień produkt…</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Usuń produkt</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>Cennik:</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Nowy cennik</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <source>1 unit of</source>
        <translation>1 jednostka</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>kosztuje</translation>
    </message>
    <message>
        <source>in</source>
        <translation>w walucie</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Zapisz kurs</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>Usuń kurs</translation>
    </message>
    <message>
        <source>Calculations freeze the rate they use: changing a rate here never alters an offer.</source>
        <translation>Kalkulacje zamrażają użyty kurs: zmiana kursu tutaj nigdy nie zmienia oferty.</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
</context>
</TS>
