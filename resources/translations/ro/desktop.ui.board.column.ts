<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage actions</source>
        <translation>Acțiuni pentru etapă</translation>
    </message>
    <message>
        <source>New deal in this stage</source>
        <translation>Oportunitate nouă în această etapă</translation>
    </message>
    <message>
        <source>No deals in this stage.
Drag a card here or click +.</source>
        <translation>Nicio oportunitate în această etapă.
Trageți aici un card sau faceți clic pe +.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n oportunitate</numerusform>
            <numerusform>%n oportunități</numerusform>
            <numerusform>%n de oportunități</numerusform>
        </translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Fără valoare</translation>
    </message>
    <message>
        <source>%1, weighted by probability %2</source>
        <translation>%1, ponderat cu probabilitatea %2</translation>
    </message>
</context>
</TS>
