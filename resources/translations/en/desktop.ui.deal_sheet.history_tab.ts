<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>History</name>
    <message numerus="yes">
        <source>Attached %n file(s)</source>
        <translation>
            <numerusform>Attached %n file</numerusform>
            <numerusform>Attached %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n task(s)</source>
        <translation>
            <numerusform>Added %n task</numerusform>
            <numerusform>Added %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n note(s)</source>
        <translation>
            <numerusform>Added %n note</numerusform>
            <numerusform>Added %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n e-mail(s)</source>
        <translation>
            <numerusform>Queued %n e-mail</numerusform>
            <numerusform>Queued %n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed %n activities</source>
        <translation>
            <numerusform>Completed %n activity</numerusform>
            <numerusform>Completed %n activities</numerusform>
        </translation>
    </message>
</context>
</TS>
