<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>PriceListsTab</name>
    <message>
        <source>New price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price in the list&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <source>1 unit of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculations freeze the rate they use: changing a rate here never alters an offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
