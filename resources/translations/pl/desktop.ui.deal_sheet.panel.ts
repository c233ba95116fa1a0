<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>DealPanel</name>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Wpisz, aby wyszukać kontakt</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Wpisz, aby wyszukać firmę</translation>
    </message>
    <message>
        <source>Edit the list of sources</source>
        <translation>Edytuj listę źródeł</translation>
    </message>
    <message>
        <source>Use automatic</source>
        <translation>Użyj automatycznego</translation>
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
        <source>Cost:</source>
        <translation>Koszt:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Opiekun:</translation>
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
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Sub-stage:</source>
        <translation>Podetap:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Utworzono:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Planowane zamknięcie:</translation>
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
        <source>Probability:</source>
        <translation>Prawdopodobieństwo:</translation>
    </message>
    <message>
        <source>closed stage</source>
        <translation>etap zamknięty</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>ustawione ręcznie</translation>
    </message>
    <message>
        <source>from activities</source>
        <translation>z działań</translation>
    </message>
    <message>
        <source>stage default</source>
        <translation>domyślne dla etapu</translation>
    </message>
    <message>
        <source>automatic after saving</source>
        <translation>automatyczne po zapisaniu</translation>
    </message>
</context>
</TS>
