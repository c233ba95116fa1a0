<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminat</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Campanie nouă…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Elimină membrul</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>declanșator</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Campanie nouă</translation>
    </message>
    <message>
        <source>Name of the campaign:</source>
        <translation>Numele campaniei:</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>Exportă campania</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Contacts exported: %1</source>
        <translation>Contacte exportate: %1</translation>
    </message>
</context>
<context>
    <name>TriggerLogWindow</name>
    <message>
        <source>Trigger log</source>
        <translation>Jurnalul declanșatoarelor</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Declanșator</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Apariție</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Arată:</translation>
    </message>
    <message>
        <source>Nothing has fired yet.</source>
        <translation>Încă nu a rulat nimic.</translation>
    </message>
</context>
</TS>
