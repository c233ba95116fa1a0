<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>NotificationsModel</name>
    <message>
        <source>Task due</source>
        <translation>Sarcină scadentă</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Activitate efectuată</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Declanșator</translation>
    </message>
    <message numerus="yes">
        <source>Trigger in “%1”: %n deal(s)</source>
        <translation>
            <numerusform>Declanșator în „%1”: %n oportunitate</numerusform>
            <numerusform>Declanșator în „%1”: %n oportunități</numerusform>
            <numerusform>Declanșator în „%1”: %n de oportunități</numerusform>
        </translation>
    </message>
</context>
</TS>
