<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Trimitere (SMTP)</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation>Primire (IMAP)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etap test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
