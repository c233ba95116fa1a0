<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TriggerLog</name>
    <message numerus="yes">
        <source>Notified %n person(s)</source>
        <translation>
            <numerusform>Notified %n person</numerusform>
            <numerusform>Notified %n people</numerusform>
        </translation>
    </message>
</context>
</TS>
