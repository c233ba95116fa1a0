<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <source>Selected activity</source>
        <translation>Activitatea selectată</translation>
    </message>
    <message>
        <source>Mandatory before the deal can be won</source>
        <translation>Obligatorie înainte ca oportunitatea să fie câștigată</translation>
    </message>
    <message>
        <source>Open a follow-up task form when done</source>
        <translation>Deschide formularul pentru sarcina următoare după efectuare</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Pondere:</translation>
    </message>
    <message>
        <source>Who may perform:</source>
        <translation>Cine o poate efectua:</translation>
    </message>
    <message>
        <source>Completing needs:</source>
        <translation>Efectuarea necesită:</translation>
    </message>
    <message>
        <source>Notify when done:</source>
        <translation>Anunță la efectuare:</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>One sub-stage per line</source>
        <translation>O subetapă pe rând</translation>
    </message>
    <message>
        <source>off</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Adaugă activitate</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Șterge activitatea</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Numele etapei:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Sub-stages:</source>
        <translation>Subetape:</translation>
    </message>
    <message>
        <source>Required on entry:</source>
        <translation>Obligatoriu la intrare:</translation>
    </message>
    <message>
        <source>Default probability:</source>
        <translation>Probabilitate implicită:</translation>
    </message>
    <message>
        <source>Rotting after:</source>
        <translation>Stagnare după:</translation>
    </message>
    <message>
        <source>Activities (drag to reorder; weights give the win probability):</source>
        <translation>Activități (trageți pentru a reordona; ponderile dau probabilitatea de câștig):</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(fără nume)</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>pondere %1</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Activitate nouă</translation>
    </message>
</context>
</TS>
