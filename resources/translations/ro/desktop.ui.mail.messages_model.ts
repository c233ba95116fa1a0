<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>MailStatus</name>
    <message>
        <source>Queued</source>
        <translation>În coadă</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Se trimite</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Queued / sent</source>
        <translation>Pus în coadă / trimis</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Răspunsul serverului</translation>
    </message>
</context>
</TS>
