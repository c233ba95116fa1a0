<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>(weight %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not perform this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what is done. * marks activities required before the deal can be won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage has no activities. Managers add them in Process → Configure process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTaskDialog</name>
    <message>
        <source>Follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
