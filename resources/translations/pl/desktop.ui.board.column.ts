<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage actions</source>
        <translation>Akcje etapu</translation>
    </message>
    <message>
        <source>New deal in this stage</source>
        <translation>Nowa szansa w tym etapie</translation>
    </message>
    <message>
        <source>No deals in this stage.
Drag a card here or click +.</source>
        <translation>Brak szans w tym etapie.
Przeciągnij tu kartę lub kliknij +.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n szansa</numerusform>
            <numerusform>%n szanse</numerusform>
            <numerusform>%n szans</numerusform>
        </translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Brak wartości</translation>
    </message>
    <message>
        <source>%1, weighted by probability %2</source>
        <translation>%1, ważona prawdopodobieństwem %2</translation>
    </message>
</context>
</TS>
