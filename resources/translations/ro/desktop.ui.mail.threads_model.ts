<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ThreadsModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversație</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message numerus="yes">
        <source> · %n attachment(s)</source>
        <translation>
            <numerusform> · %n atașament</numerusform>
            <numerusform> · %n atașamente</numerusform>
            <numerusform> · %n de atașamente</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De la %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Către %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Sent from another program</source>
        <translation>Trimis din alt program</translation>
    </message>
</context>
</TS>
