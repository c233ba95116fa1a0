<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>FollowUpWidget</name>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Ask for a read receipt</source>
        <translation>Cere confirmare de citire</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail program may confirm that the message was opened (it may also not).</source>
        <translation>Programul de e-mail al destinatarului poate confirma că mesajul a fost deschis (dar poate și să nu o facă).</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Șablon:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversații</translation>
    </message>
    <message>
        <source>Sent by Etap</source>
        <translation>Trimise din Etap</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nedecisă</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferte</translation>
    </message>
    <message>
        <source>No e-mail sent for this deal yet.</source>
        <translation>Încă nu s-a trimis niciun e-mail pentru această oportunitate.</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Anulează trimiterea</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reîncearcă cele eșuate</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Retrimite</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marchează ca trimis</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Conversații (%1)</translation>
    </message>
    <message>
        <source>“%1” is now among the deal&apos;s files.</source>
        <translation>„%1” se află acum printre fișierele oportunității.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salvează atașamentul</translation>
    </message>
    <message>
        <source>Send this message again? Do it only if it did not arrive (check the Sent folder).</source>
        <translation>Trimiteți din nou acest mesaj? Faceți-o doar dacă nu a ajuns (verificați dosarul Trimise).</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Atașamente: %1</translation>
    </message>
    <message>
        <source>Empty placeholders: %1</source>
        <translation>Substituenți goi: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Urmărire</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address; nothing was sent.</source>
        <translation>Contactul oportunității nu are o adresă de e-mail validă; nu s-a trimis nimic.</translation>
    </message>
</context>
</TS>
