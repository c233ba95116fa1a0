<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produse și servicii</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Liste de prețuri</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Cursuri de schimb</translation>
    </message>
</context>
</TS>
