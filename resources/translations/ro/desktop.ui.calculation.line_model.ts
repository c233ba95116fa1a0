<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>LineModel</name>
    <message>
        <source>Item</source>
        <translation>Articol</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Reducere %</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Cost unitar</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marjă</translation>
    </message>
</context>
</TS>
