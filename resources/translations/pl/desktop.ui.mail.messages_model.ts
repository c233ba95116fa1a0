<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>MailStatus</name>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudana</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Queued / sent</source>
        <translation>Dodano / wysłano</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Odpowiedź serwera</translation>
    </message>
</context>
</TS>
