<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>DealField</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Podetap</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Planowane zamknięcie</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Probability (manual)</source>
        <translation>Prawdopodobieństwo (ręczne)</translation>
    </message>
</context>
</TS>
