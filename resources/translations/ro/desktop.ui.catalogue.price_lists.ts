<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>PriceListsTab</name>
    <message>
        <source>New price list…</source>
        <translation>Listă de prețuri nouă…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>Price in the list&apos;s currency</source>
        <translation>Preț în moneda listei</translation>
    </message>
    <message>
        <source>Add or change product…</source>
        <translation>Adaugă sau modifică produsul…</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Elimină produsul</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>Listă de prețuri:</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Listă de prețuri nouă</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <source>1 unit of</source>
        <translation>1 unitate de</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>costă</translation>
    </message>
    <message>
        <source>in</source>
        <translation>în</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizat</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Salvează cursul</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>Șterge cursul</translation>
    </message>
    <message>
        <source>Calculations freeze the rate they use: changing a rate here never alters an offer.</source>
        <translation>Calculațiile își fixează cursul folosit: modificarea unui curs aici nu schimbă niciodată o ofertă.</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
</context>
</TS>
