<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>BulkSendDialog</name>
    <message>
        <source>Send follow-up</source>
        <translation>Wyślij follow-up</translation>
    </message>
    <message numerus="yes">
        <source>Selected deals (%n)</source>
        <translation>
            <numerusform>Wybrana szansa (%n)</numerusform>
            <numerusform>Wybrane szanse (%n)</numerusform>
            <numerusform>Wybrane szanse (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <source>Prepare messages</source>
        <translation>Przygotuj wiadomości</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Szanse:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Poprzednia</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Następna ▶</translation>
    </message>
    <message>
        <source>Ask for a read receipt</source>
        <translation>Poproś o potwierdzenie przeczytania</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Przerwij wysyłanie</translation>
    </message>
    <message>
        <source>There are no e-mail templates yet (Tools → E-mail templates…).</source>
        <translation>Nie ma jeszcze szablonów e-mail (Narzędzia → Szablony e-mail…).</translation>
    </message>
    <message>
        <source>Choose the deals and a template, then prepare the messages.</source>
        <translation>Wybierz szanse i szablon, a następnie przygotuj wiadomości.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, no valid e-mail address: %1</source>
        <translation>
            <numerusform>Pominięto %n szansę bez poprawnego adresu e-mail: %1</numerusform>
            <numerusform>Pominięto %n szanse bez poprawnego adresu e-mail: %1</numerusform>
            <numerusform>Pominięto %n szans bez poprawnego adresu e-mail: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, the contact has no marketing consent: %1</source>
        <translation>
            <numerusform>Pominięto %n szansę, kontakt nie ma zgody marketingowej: %1</numerusform>
            <numerusform>Pominięto %n szanse, kontakty nie mają zgody marketingowej: %1</numerusform>
            <numerusform>Pominięto %n szans, kontakty nie mają zgody marketingowej: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal to send to.</source>
        <translation>Brak szans, do których można wysłać wiadomość.</translation>
    </message>
    <message>
        <source>Empty placeholders: %1</source>
        <translation>Puste pola: %1</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>Wiadomość %1 z %2</translation>
    </message>
    <message>
        <source>No message is ticked.</source>
        <translation>Nie zaznaczono żadnej wiadomości.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued, sending…</source>
        <translation>
            <numerusform>%n wiadomość w kolejce, wysyłanie…</numerusform>
            <numerusform>%n wiadomości w kolejce, wysyłanie…</numerusform>
            <numerusform>%n wiadomości w kolejce, wysyłanie…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1, failed: %2, waiting in the outbox: %3</source>
        <translation>Wysłane: %1, nieudane: %2, oczekujące w skrzynce nadawczej: %3</translation>
    </message>
</context>
</TS>
