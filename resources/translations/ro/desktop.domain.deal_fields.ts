<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>DealField</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Subetapă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data creării</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Următorul contact</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivul pierderii</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <source>Probability (manual)</source>
        <translation>Probabilitate (manuală)</translation>
    </message>
</context>
</TS>
