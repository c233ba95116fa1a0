<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>MailStatus</name>
    <message>
        <source>Etap stopped while handing this message to the mail server, so it may or may not have been sent. Check the Sent folder or ask the recipient, then choose Resend or Mark as sent.</source>
        <translation>Etap s-a oprit în timp ce preda acest mesaj serverului de e-mail, deci este posibil să fi fost trimis sau nu. Verificați dosarul Trimise sau întrebați destinatarul, apoi alegeți „Retrimite” sau „Marchează ca trimis”.</translation>
    </message>
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
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>Unknown — check</source>
        <translation>Necunoscut — verificați</translation>
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
