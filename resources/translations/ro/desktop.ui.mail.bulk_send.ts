<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>BulkSendDialog</name>
    <message>
        <source>Send follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected deals (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a read receipt</source>
        <translation>Cere confirmare de citire</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no e-mail templates yet (Tools → E-mail templates…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the deals and a template, then prepare the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, no valid e-mail address: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No deal to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued, sending…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1, failed: %2, waiting in the outbox: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
