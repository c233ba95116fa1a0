<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>OffersModel</name>
    <message>
        <source>Offer</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Cu răspuns</translation>
    </message>
</context>
</TS>
