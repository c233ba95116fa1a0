<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Setări e-mail</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>salvată în depozitul de parole al sistemului</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certificatele sistemului</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Server SMTP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Securitate:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nume de utilizator:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresa expeditorului:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Numele expeditorului:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Fișier certificat CA:</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Trimite mesaj de test</translation>
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
        <translation>Fișier certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Se trimite un mesaj de test către %1…</translation>
    </message>
    <message>
        <source>Etap test message</source>
        <translation>Mesaj de test Etap</translation>
    </message>
    <message>
        <source>The mail settings work.</source>
        <translation>Setările de e-mail funcționează.</translation>
    </message>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation>Mesajul de test a fost acceptat de server.</translation>
    </message>
</context>
</TS>
