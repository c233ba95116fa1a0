<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ActivityName</name>
    <message>
        <source>Check the company&apos;s data</source>
        <translation>Verificarea datelor companiei</translation>
    </message>
    <message>
        <source>Identify the decision maker</source>
        <translation>Identificarea factorului de decizie</translation>
    </message>
    <message>
        <source>First phone call</source>
        <translation>Primul apel telefonic</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Prima întâlnire</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Analiza nevoilor</translation>
    </message>
    <message>
        <source>Budget confirmed</source>
        <translation>Buget confirmat</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Ofertă trimisă</translation>
    </message>
    <message>
        <source>Offer discussed with the client</source>
        <translation>Ofertă discutată cu clientul</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Direct visit</source>
        <translation>Vizită directă</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formular de contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Live call</source>
        <translation>Apel direct</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Rețele sociale</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
</context>
<context>
    <name>StageName</name>
    <message>
        <source>New</source>
        <translation>Nouă</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Prezentare</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociere</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdută</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Clienți potențiali noi</translation>
    </message>
    <message>
        <source>In acquisition</source>
        <translation>În achiziție</translation>
    </message>
    <message>
        <source>Call scheduled</source>
        <translation>Apel programat</translation>
    </message>
    <message>
        <source>After call – meeting</source>
        <translation>După apel – întâlnire</translation>
    </message>
    <message>
        <source>To be offered</source>
        <translation>De ofertat</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofertată</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>În negociere</translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation>Contract trimis</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Renunțat</translation>
    </message>
    <message>
        <source>Data gathering</source>
        <translation>Colectarea datelor</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Analiza nevoilor</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Ofertare</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Empty (3 open stages, Won, Lost)</source>
        <translation>Gol (3 etape deschise, Câștigată, Pierdută)</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Pâlnie de vânzări</translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
</context>
</TS>
