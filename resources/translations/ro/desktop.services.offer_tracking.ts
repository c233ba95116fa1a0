<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Această oportunitate nu mai există sau nu vă este vizibilă.</translation>
    </message>
    <message>
        <source>Choose accepted or rejected.</source>
        <translation>Alegeți acceptată sau respinsă.</translation>
    </message>
    <message>
        <source>This offer no longer exists.</source>
        <translation>Această ofertă nu mai există.</translation>
    </message>
    <message>
        <source>Someone else changed this offer meanwhile; it shows now.</source>
        <translation>Între timp, altcineva a modificat această ofertă; acum se vede.</translation>
    </message>
</context>
<context>
    <name>OfferStatus</name>
    <message>
        <source>Not sent</source>
        <translation>Netrimisă</translation>
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
    <message>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
</context>
</TS>
