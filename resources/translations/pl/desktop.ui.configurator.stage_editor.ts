<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ActivityForm</name>
    <message>
        <source>Selected activity</source>
        <translation>Wybrane działanie</translation>
    </message>
    <message>
        <source>Mandatory before the deal can be won</source>
        <translation>Obowiązkowa przed wygraniem szansy</translation>
    </message>
    <message>
        <source>Open a follow-up task form when done</source>
        <translation>Po wykonaniu otwórz formularz zadania</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Waga:</translation>
    </message>
    <message>
        <source>Who may perform:</source>
        <translation>Kto może wykonać:</translation>
    </message>
    <message>
        <source>Completing needs:</source>
        <translation>Wykonanie wymaga:</translation>
    </message>
    <message>
        <source>Notify when done:</source>
        <translation>Po wykonaniu powiadom:</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>One sub-stage per line</source>
        <translation>Jeden podetap w wierszu</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nazwa etapu:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Sub-stages:</source>
        <translation>Podetapy:</translation>
    </message>
    <message>
        <source>Required on entry:</source>
        <translation>Wymagane przy wejściu:</translation>
    </message>
    <message>
        <source>Default probability:</source>
        <translation>Domyślne prawdopodobieństwo:</translation>
    </message>
    <message>
        <source>Rotting after:</source>
        <translation>Zaleganie po:</translation>
    </message>
    <message>
        <source>Activities (drag to reorder; weights give the win probability):</source>
        <translation>Działania (przeciągnij, aby zmienić kolejność; wagi dają prawdopodobieństwo wygranej):</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>waga %1</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nowe działanie</translation>
    </message>
</context>
</TS>
