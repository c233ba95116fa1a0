<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerLog</name>
    <message>
        <source>%1 added to the campaign “%2”</source>
        <translation>%1 a fost adăugat în campania „%2”</translation>
    </message>
    <message>
        <source>%1 is already in the campaign “%2”</source>
        <translation>%1 este deja în campania „%2”</translation>
    </message>
    <message>
        <source>%1 was not added to the campaign “%2”: no marketing consent</source>
        <translation>%1 nu a fost adăugat în campania „%2”: fără consimțământ de marketing</translation>
    </message>
    <message>
        <source>Task created: %1</source>
        <translation>Sarcină creată: %1</translation>
    </message>
    <message numerus="yes">
        <source>Notified %n person(s)</source>
        <translation>
            <numerusform>%n persoană notificată</numerusform>
            <numerusform>%n persoane notificate</numerusform>
            <numerusform>%n de persoane notificate</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the stage “%1”</source>
        <translation>Mutată în etapa „%1”</translation>
    </message>
    <message>
        <source>E-mail queued: %1</source>
        <translation>E-mail pregătit: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Eroare neașteptată: %1</translation>
    </message>
</context>
</TS>
