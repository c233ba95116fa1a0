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
        <source>The system keyring is not available: {detail}</source>
        <translation>Systemowy magazyn haseł jest niedostępny: {detail}</translation>
    </message>
    <message>
        <source>The certificate file “{path}” cannot be read: {detail}</source>
        <translation>Nie można odczytać pliku certyfikatu „{path}”: {detail}</translation>
    </message>
    <message>
        <source>The mail server is not set up (Tools → Mail settings).</source>
        <translation>Serwer poczty nie jest skonfigurowany (Narzędzia → Ustawienia poczty).</translation>
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
    <message>
        <source>The mail server refused the message: {detail}</source>
        <translation>Serwer poczty odrzucił wiadomość: {detail}</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
</context>
</TS>
