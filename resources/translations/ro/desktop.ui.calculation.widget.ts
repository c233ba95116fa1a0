<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CalculationDialog</name>
    <message>
        <source>Calculation and offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculationWidget</name>
    <message>
        <source>Calculations are switched off for all deals (Tools › Settings). The deal keeps its value and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New variant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Use for the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This variant&apos;s net value and cost become the deal&apos;s value and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calculation yet. Click “New variant…” to price an offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add free-text line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin % of net:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup % of cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In deal currency (net / cost):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the variant “%1” and its lines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
