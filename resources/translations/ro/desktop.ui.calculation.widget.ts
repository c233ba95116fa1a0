<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CalculationDialog</name>
    <message>
        <source>Calculation and offer</source>
        <translation>Calculație și ofertă</translation>
    </message>
</context>
<context>
    <name>CalculationWidget</name>
    <message>
        <source>Calculations are switched off for all deals (Tools › Settings). The deal keeps its value and cost.</source>
        <translation>Calculațiile sunt dezactivate pentru toate oportunitățile (Instrumente › Setări). Oportunitatea își păstrează valoarea și costul.</translation>
    </message>
    <message>
        <source>New variant…</source>
        <translation>Variantă nouă…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copiază…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Redenumește…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Use for the deal</source>
        <translation>Folosește pentru oportunitate</translation>
    </message>
    <message>
        <source>This variant&apos;s net value and cost become the deal&apos;s value and cost</source>
        <translation>Valoarea netă și costul acestei variante devin valoarea și costul oportunității</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variantă:</translation>
    </message>
    <message>
        <source>No calculation yet. Click “New variant…” to price an offer.</source>
        <translation>Încă nu există o calculație. Apăsați „Variantă nouă…” pentru a calcula o ofertă.</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Adaugă produs…</translation>
    </message>
    <message>
        <source>Add free-text line</source>
        <translation>Adaugă rând cu text liber</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Elimină rândul</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaluri</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Net:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>TVA:</translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation>Brut:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marjă:</translation>
    </message>
    <message>
        <source>Margin % of net:</source>
        <translation>Marjă % din net:</translation>
    </message>
    <message>
        <source>Markup % of cost:</source>
        <translation>Adaos % din cost:</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Profit:</translation>
    </message>
    <message>
        <source>In deal currency (net / cost):</source>
        <translation>În moneda oportunității (net / cost):</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiții</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (aleasă)</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Variantă nouă</translation>
    </message>
    <message>
        <source>Name of the variant:</source>
        <translation>Numele variantei:</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Varianta %1</translation>
    </message>
    <message>
        <source>Copy variant</source>
        <translation>Copiază varianta</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Numele copiei:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Rename variant</source>
        <translation>Redenumește varianta</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nume nou:</translation>
    </message>
    <message>
        <source>Delete the variant “%1” and its lines?</source>
        <translation>Ștergeți varianta „%1” și rândurile ei?</translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation>Șterge varianta</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Rând nou</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descriere:</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Selectați mai întâi un rând.</translation>
    </message>
</context>
</TS>
