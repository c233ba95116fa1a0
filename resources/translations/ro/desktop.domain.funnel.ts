<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The start of a range is after its end.</source>
        <translation>Începutul intervalului este după sfârșitul lui.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
</context>
<context>
    <name>FunnelColumn</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Subetapă</translation>
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
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
</context>
<context>
    <name>QuickRange</name>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>De ieri</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
</context>
</TS>
