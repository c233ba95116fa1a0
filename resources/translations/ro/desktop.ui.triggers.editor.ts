<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>StageTriggersWidget</name>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s) in the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task title, e.g. Call the client again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner and all managers get a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent firings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this trigger?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerLog</name>
    <message>
        <source>fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (app was closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
</context>
<context>
    <name>TriggersDialog</name>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapă:</translation>
    </message>
</context>
</TS>
