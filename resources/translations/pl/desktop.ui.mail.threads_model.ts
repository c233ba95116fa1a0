<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ThreadsModel</name>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message numerus="yes">
        <source> · %n attachment(s)</source>
        <translation>
            <numerusform> · %n załącznik</numerusform>
            <numerusform> · %n załączniki</numerusform>
            <numerusform> · %n załączników</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrana</translation>
    </message>
    <message>
        <source>Sent from another program</source>
        <translation>Wysłana z innego programu</translation>
    </message>
</context>
</TS>
