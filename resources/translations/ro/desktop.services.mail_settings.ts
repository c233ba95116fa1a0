<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Enter the mail server&apos;s host name.</source>
        <translation>Introduceți numele serverului de e-mail.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Portul trebuie să fie între 1 și 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS.</source>
        <translation>Alegeți STARTTLS sau SSL/TLS.</translation>
    </message>
    <message>
        <source>The system keyring is not available: {detail}</source>
        <translation>Depozitul de parole al sistemului nu este disponibil: {detail}</translation>
    </message>
    <message>
        <source>The certificate file “{path}” cannot be read: {detail}</source>
        <translation>Fișierul de certificat „{path}” nu poate fi citit: {detail}</translation>
    </message>
    <message>
        <source>The mail server is not set up (Tools → Mail settings).</source>
        <translation>Serverul de e-mail nu este configurat (Instrumente → Setări e-mail).</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified: {detail}</source>
        <translation>Certificatul serverului de e-mail nu a putut fi verificat: {detail}</translation>
    </message>
    <message>
        <source>The mail server refused the login: {detail}</source>
        <translation>Serverul de e-mail a refuzat autentificarea: {detail}</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server: {detail}</source>
        <translation>Nu se poate realiza conexiunea cu serverul de e-mail: {detail}</translation>
    </message>
    <message>
        <source>The mail server refused the message: {detail}</source>
        <translation>Serverul de e-mail a refuzat mesajul: {detail}</translation>
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
