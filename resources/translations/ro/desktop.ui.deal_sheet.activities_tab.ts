<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>(weight %1)</source>
        <translation>(pondere %1)</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Efectuată %1 de %2</translation>
    </message>
    <message>
        <source>You may not perform this activity.</source>
        <translation>Nu aveți voie să efectuați această activitate.</translation>
    </message>
    <message>
        <source>Tick what is done. * marks activities required before the deal can be won.</source>
        <translation>Bifați ce este efectuat. * marchează activitățile obligatorii înainte ca oportunitatea să fie câștigată.</translation>
    </message>
    <message>
        <source>This stage has no activities. Managers add them in Process → Configure process.</source>
        <translation>Această etapă nu are activități. Managerii le adaugă în Proces → Configurează procesul.</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>Notă (obligatorie):</translation>
    </message>
    <message>
        <source>File for “%1”</source>
        <translation>Fișier pentru „%1”</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Fișierul nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>După: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpTaskDialog</name>
    <message>
        <source>Follow-up task</source>
        <translation>Sarcina următoare</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Sarcină:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termen:</translation>
    </message>
</context>
</TS>
