<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
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
        <translation>%1 — dodano do kampanii „%2”</translation>
    </message>
    <message>
        <source>%1 is already in the campaign “%2”</source>
        <translation>%1 — już jest w kampanii „%2”</translation>
    </message>
    <message>
        <source>%1 was not added to the campaign “%2”: no marketing consent</source>
        <translation>%1 — nie dodano do kampanii „%2”: brak zgody marketingowej</translation>
    </message>
    <message>
        <source>Task created: %1</source>
        <translation>Utworzono zadanie: %1</translation>
    </message>
    <message numerus="yes">
        <source>Notified %n person(s)</source>
        <translation>
            <numerusform>Powiadomiono %n osobę</numerusform>
            <numerusform>Powiadomiono %n osoby</numerusform>
            <numerusform>Powiadomiono %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the stage “%1”</source>
        <translation>Przeniesiono do etapu „%1”</translation>
    </message>
    <message>
        <source>E-mail queued: %1</source>
        <translation>Przygotowano e-mail: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
</context>
</TS>
