<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>DealPanel</name>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Tastați pentru a căuta un contact</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Tastați pentru a căuta o companie</translation>
    </message>
    <message>
        <source>Edit the list of sources</source>
        <translation>Editează lista surselor</translation>
    </message>
    <message>
        <source>Use automatic</source>
        <translation>Folosește automat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titlu:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valoare:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabil:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Companie:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sursă:</translation>
    </message>
    <message>
        <source>Sub-stage:</source>
        <translation>Subetapă:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creată:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Închidere estimată:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Următorul contact:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Motivul pierderii:</translation>
    </message>
    <message>
        <source>Probability:</source>
        <translation>Probabilitate:</translation>
    </message>
    <message>
        <source>closed stage</source>
        <translation>etapă închisă</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>setată manual</translation>
    </message>
    <message>
        <source>from activities</source>
        <translation>din activități</translation>
    </message>
    <message>
        <source>stage default</source>
        <translation>implicită pentru etapă</translation>
    </message>
    <message>
        <source>automatic after saving</source>
        <translation>automată după salvare</translation>
    </message>
</context>
</TS>
