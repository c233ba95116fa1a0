<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ProductsTab</name>
    <message>
        <source>Search by code or name…</source>
        <translation>Szukaj po kodzie lub nazwie…</translation>
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
        <source>Unit</source>
        <translation>J.m.</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Cena netto</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>Koszt zakupu</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Active (offered in pickers)</source>
        <translation>Aktywny (widoczny przy wyborze)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>J.m.:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <source>Net price:</source>
        <translation>Cena netto:</translation>
    </message>
    <message>
        <source>Purchase cost:</source>
        <translation>Koszt zakupu:</translation>
    </message>
    <message>
        <source>VAT %:</source>
        <translation>VAT %:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nowy produkt</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Zapisz produkt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>szt.</translation>
    </message>
</context>
</TS>
