<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>FollowUpWidget</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Ask for a read receipt</source>
        <translation>Poproś o potwierdzenie przeczytania</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail program may confirm that the message was opened (it may also not).</source>
        <translation>Program pocztowy odbiorcy może potwierdzić otwarcie wiadomości (ale nie musi).</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Sent by Etap</source>
        <translation>Wysłane z Etapu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Bez decyzji</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>No e-mail sent for this deal yet.</source>
        <translation>W tej szansie nie wysłano jeszcze żadnej wiadomości.</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Przerwij wysyłanie</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Ponów nieudane</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Oznacz jako wysłaną</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Rozmowy (%1)</translation>
    </message>
    <message>
        <source>“%1” is now among the deal&apos;s files.</source>
        <translation>„%1” jest teraz wśród plików szansy.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <source>Send this message again? Do it only if it did not arrive (check the Sent folder).</source>
        <translation>Wysłać tę wiadomość ponownie? Zrób to tylko wtedy, gdy nie dotarła (sprawdź folder Wysłane).</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Załączniki: %1</translation>
    </message>
    <message>
        <source>Empty placeholders: %1</source>
        <translation>Puste pola: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address; nothing was sent.</source>
        <translation>Kontakt tej szansy nie ma poprawnego adresu e-mail; nic nie wysłano.</translation>
    </message>
</context>
</TS>
