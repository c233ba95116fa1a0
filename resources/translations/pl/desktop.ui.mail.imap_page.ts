<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ImapSettingsPage</name>
    <message>
        <source>Fetch received mail and file it to deals</source>
        <translation>Pobieraj odebraną pocztę i przypisuj ją do szans</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>zapisane w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>found automatically</source>
        <translation>znajdowany automatycznie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
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
        <source>IMAP server:</source>
        <translation>Serwer IMAP:</translation>
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
        <source>Sent folder:</source>
        <translation>Folder wysłanych:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Sprawdzaj co:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Plik certyfikatu CA:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
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
        <source>%1

Keep the password for this session only? Etap will ask for it again after a restart.</source>
        <translation>%1

Zachować hasło tylko na czas tej sesji? Po ponownym uruchomieniu Etap zapyta o nie znowu.</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>Brak systemowego magazynu haseł</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>The incoming mail server accepted the login.</source>
        <translation>Serwer poczty przychodzącej przyjął logowanie.</translation>
    </message>
</context>
</TS>
