<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nowa szansa</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Wpisz, aby wyszukać kontakt</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nowy kontakt…</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Wpisz, aby wyszukać firmę</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Nowa firma…</translation>
    </message>
    <message>
        <source>Open the deal after creating it</source>
        <translation>Otwórz szansę po utworzeniu</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wartość:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Planowane zamknięcie:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Sub-stage:</source>
        <translation>Podetap:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Następny kontakt:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Powód utraty:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Create a sales process first (Process → New process…).</source>
        <translation>Najpierw utwórz proces sprzedaży (Proces → Nowy proces…).</translation>
    </message>
    <message>
        <source>Required in this stage.</source>
        <translation>Wymagane w tym etapie.</translation>
    </message>
</context>
</TS>
