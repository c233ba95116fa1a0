<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nowa kampania…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Usuń z kampanii</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>wyzwalacz</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>ręcznie</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <source>Name of the campaign:</source>
        <translation>Nazwa kampanii:</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>Eksport kampanii</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contacts exported: %1</source>
        <translation>Wyeksportowane kontakty: %1</translation>
    </message>
</context>
<context>
    <name>TriggerLogWindow</name>
    <message>
        <source>Trigger log</source>
        <translation>Dziennik wyzwalaczy</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Nothing has fired yet.</source>
        <translation>Nic jeszcze nie zostało uruchomione.</translation>
    </message>
</context>
</TS>
