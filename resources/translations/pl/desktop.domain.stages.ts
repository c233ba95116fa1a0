<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>Etap musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A stage name can have at most {max} characters.</source>
        <translation>Nazwa etapu może mieć najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>A process can have at most {max} open stages.</source>
        <translation>Proces może mieć najwyżej {max} otwartych etapów.</translation>
    </message>
    <message>
        <source>A process can have at most {max} closed stages.</source>
        <translation>Proces może mieć najwyżej {max} zamknięte etapy.</translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation>Proces może mieć tylko jeden etap „Wygrana”.</translation>
    </message>
    <message>
        <source>Closed stages must come after all open stages.</source>
        <translation>Etapy zamknięte muszą następować po wszystkich etapach otwartych.</translation>
    </message>
    <message>
        <source>Two stages are named “{name}”; stage names must be different.</source>
        <translation>Dwa etapy nazywają się „{name}”; nazwy etapów muszą być różne.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
    <message>
        <source>Stage “{name}” requires a sub-stage but has none defined.</source>
        <translation>Etap „{name}” wymaga podetapu, ale nie ma zdefiniowanych podetapów.</translation>
    </message>
    <message>
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation>Prawdopodobieństwo musi być liczbą całkowitą od 0 do 100.</translation>
    </message>
    <message>
        <source>Rotting days must be empty or a number from 1 to 3650.</source>
        <translation>Dni bez aktywności muszą być puste albo być liczbą od 1 do 3650.</translation>
    </message>
    <message>
        <source>That stage is not in this process.</source>
        <translation>Tego etapu nie ma w tym procesie.</translation>
    </message>
    <message>
        <source>Closed stages cannot be reordered.</source>
        <translation>Nie można zmieniać kolejności etapów zamkniętych.</translation>
    </message>
    <message>
        <source>Open stages must stay before the closed stages.</source>
        <translation>Etapy otwarte muszą pozostać przed etapami zamkniętymi.</translation>
    </message>
    <message>
        <source>A process needs at least one open stage.</source>
        <translation>Proces musi mieć co najmniej jeden etap otwarty.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Podetap</translation>
    </message>
    <message>
        <source>Next contact date</source>
        <translation>Data następnego kontaktu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
</context>
<context>
    <name>StageKind</name>
    <message>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Closed (other)</source>
        <translation>Zamknięty (inny)</translation>
    </message>
</context>
</TS>
