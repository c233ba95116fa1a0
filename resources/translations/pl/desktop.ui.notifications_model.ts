<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>NotificationsModel</name>
    <message>
        <source>Task due</source>
        <translation>Termin zadania</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Wykonane działanie</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message numerus="yes">
        <source>Trigger in “%1”: %n deal(s)</source>
        <translation>
            <numerusform>Wyzwalacz w etapie „%1”: %n szansa</numerusform>
            <numerusform>Wyzwalacz w etapie „%1”: %n szanse</numerusform>
            <numerusform>Wyzwalacz w etapie „%1”: %n szans</numerusform>
        </translation>
    </message>
</context>
</TS>
