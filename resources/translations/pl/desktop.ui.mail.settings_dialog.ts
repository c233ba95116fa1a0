<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Ustawienia poczty</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>zapisane w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certyfikaty systemowe</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Serwer SMTP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Zabezpieczenie:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adres nadawcy:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nazwa nadawcy:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Plik certyfikatu CA:</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Wyślij wiadomość testową</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Wysyłanie (SMTP)</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation>Odbieranie (IMAP)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Plik certyfikatu CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Wysyłanie wiadomości testowej do %1…</translation>
    </message>
    <message>
        <source>Etap test message</source>
        <translation>Wiadomość testowa z programu Etap</translation>
    </message>
    <message>
        <source>The mail settings work.</source>
        <translation>Ustawienia poczty działają.</translation>
    </message>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation>Serwer przyjął wiadomość testową.</translation>
    </message>
</context>
</TS>
