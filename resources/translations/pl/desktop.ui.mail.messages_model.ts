<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>MailStatus</name>
    <message>
        <source>Etap stopped while handing this message to the mail server, so it may or may not have been sent. Check the Sent folder or ask the recipient, then choose Resend or Mark as sent.</source>
        <translation>Etap został zamknięty w trakcie przekazywania tej wiadomości do serwera poczty, więc mogła zostać wysłana albo nie. Sprawdź folder Wysłane lub zapytaj odbiorcę, a potem wybierz „Wyślij ponownie” albo „Oznacz jako wysłaną”.</translation>
    </message>
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
    <message>
        <source>Unknown — check</source>
        <translation>Nieznany — sprawdź</translation>
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
