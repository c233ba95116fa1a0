<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Enter the mail server&apos;s host name.</source>
        <translation>Podaj nazwę serwera poczty.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Port musi mieć wartość od 1 do 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS.</source>
        <translation>Wybierz STARTTLS albo SSL/TLS.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s user name.</source>
        <translation>Podaj nazwę użytkownika skrzynki.</translation>
    </message>
    <message>
        <source>Check for new mail every {min} to {max} minutes.</source>
        <translation>Nową pocztę można sprawdzać co {min} do {max} minut.</translation>
    </message>
    <message>
        <source>The system keyring is not available: {detail}</source>
        <translation>Systemowy magazyn haseł jest niedostępny: {detail}</translation>
    </message>
    <message>
        <source>The incoming mail server is not set up (Tools → Mail settings).</source>
        <translation>Serwer poczty przychodzącej nie jest skonfigurowany (Narzędzia → Ustawienia poczty).</translation>
    </message>
    <message>
        <source>No password is stored for the incoming mail server (Tools → Mail settings).</source>
        <translation>Nie zapisano hasła do serwera poczty przychodzącej (Narzędzia → Ustawienia poczty).</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified: {detail}</source>
        <translation>Nie udało się zweryfikować certyfikatu serwera poczty: {detail}</translation>
    </message>
    <message>
        <source>The mail server refused the login: {detail}</source>
        <translation>Serwer poczty odrzucił logowanie: {detail}</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server: {detail}</source>
        <translation>Nie można połączyć się z serwerem poczty: {detail}</translation>
    </message>
</context>
</TS>
