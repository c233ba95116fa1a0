<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ImapSettingsPage</name>
    <message>
        <source>Fetch received mail and file it to deals</source>
        <translation>Preia e-mailurile primite și atribuie-le oportunităților</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>salvată în depozitul de parole al sistemului</translation>
    </message>
    <message>
        <source>found automatically</source>
        <translation>găsit automat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
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
        <source>IMAP server:</source>
        <translation>Server IMAP:</translation>
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
        <source>Sent folder:</source>
        <translation>Dosarul Trimise:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Verifică la fiecare:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Fișier certificat CA:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
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
        <source>%1

Keep the password for this session only? Etap will ask for it again after a restart.</source>
        <translation>%1

Păstrați parola doar pentru această sesiune? Etap o va cere din nou după repornire.</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>Lipsește depozitul de parole al sistemului</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectare la %1…</translation>
    </message>
    <message>
        <source>The incoming mail server accepted the login.</source>
        <translation>Serverul de e-mail de intrare a acceptat autentificarea.</translation>
    </message>
</context>
</TS>
