<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <source>Selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory before the deal can be won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a follow-up task form when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may perform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>One sub-stage per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required on entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotting after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities (drag to reorder; weights give the win probability):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
