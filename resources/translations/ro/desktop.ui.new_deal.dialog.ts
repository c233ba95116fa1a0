<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Tastați pentru a căuta un contact</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Contact nou…</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Tastați pentru a căuta o companie</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Companie nouă…</translation>
    </message>
    <message>
        <source>Open the deal after creating it</source>
        <translation>Deschide oportunitatea după creare</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapă:</translation>
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
        <source>Expected close:</source>
        <translation>Închidere estimată:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabil:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sursă:</translation>
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
        <source>Sub-stage:</source>
        <translation>Subetapă:</translation>
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
        <source>Create</source>
        <translation>Creează</translation>
    </message>
    <message>
        <source>Create a sales process first (Process → New process…).</source>
        <translation>Creați mai întâi un proces de vânzare (Proces → Proces nou…).</translation>
    </message>
    <message>
        <source>Required in this stage.</source>
        <translation>Obligatoriu în această etapă.</translation>
    </message>
</context>
</TS>
