<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>StageTriggersWidget</name>
    <message>
        <source>Every</source>
        <translation>La fiecare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source> day(s) in the stage</source>
        <translation> zile în etapă</translation>
    </message>
    <message>
        <source>Task title, e.g. Call the client again</source>
        <translation>Titlul sarcinii, de ex. Sunați din nou clientul</translation>
    </message>
    <message>
        <source>The owner and all managers get a notification.</source>
        <translation>Responsabilul și toți managerii primesc o notificare.</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Adaugă declanșator</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvează modificările</translation>
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
        <translation>Apariție</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>După:</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>Fă:</translation>
    </message>
    <message>
        <source>Triggers of “%1”</source>
        <translation>Declanșatoarele etapei „%1”</translation>
    </message>
    <message>
        <source>Recent firings:</source>
        <translation>Rulări recente:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Șterge declanșatorul</translation>
    </message>
    <message>
        <source>Delete this trigger?</source>
        <translation>Ștergeți acest declanșator?</translation>
    </message>
</context>
<context>
    <name>TriggerLog</name>
    <message>
        <source>fired</source>
        <translation>rulat</translation>
    </message>
    <message>
        <source>skipped (app was closed)</source>
        <translation>omis (aplicația era închisă)</translation>
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
        <translation>Declanșatoare</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapă:</translation>
    </message>
</context>
</TS>
