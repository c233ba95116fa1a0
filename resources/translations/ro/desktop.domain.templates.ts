<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ActivityName</name>
    <message>
        <source>Check the company&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer discussed with the client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Direct visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageName</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigate</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In acquisition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After call – meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Empty (3 open stages, Won, Lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
