<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ConfiguratorDialog</name>
    <message>
        <source>Configure process “%1”</source>
        <translation>Konfiguracja procesu „%1”</translation>
    </message>
    <message>
        <source>Process name:</source>
        <translation>Nazwa procesu:</translation>
    </message>
    <message>
        <source>Deal number format:</source>
        <translation>Format numeru szansy:</translation>
    </message>
    <message>
        <source>Add open stage</source>
        <translation>Dodaj etap otwarty</translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation>Dodaj etap zamknięty</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Stages (drag open stages to reorder):</source>
        <translation>Etapy (przeciągnij etapy otwarte, aby zmienić kolejność):</translation>
    </message>
    <message>
        <source>Settings and activities</source>
        <translation>Ustawienia i działania</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <source>Closed stages stay after the open ones, in their order.</source>
        <translation>Etapy zamknięte pozostają za otwartymi, w swojej kolejności.</translation>
    </message>
    <message>
        <source>A process can have at most %1 open stages.</source>
        <translation>Proces może mieć najwyżej %1 etapów otwartych.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>A process can have at most %1 closed stages.</source>
        <translation>Proces może mieć najwyżej %1 etapy zamknięte.</translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation>Proces może mieć tylko jeden etap „Wygrana”.</translation>
    </message>
    <message>
        <source>“%1” has %2 deal(s). Which stage receives them?</source>
        <translation>Etap „%1” ma szanse (%2). Który etap je przejmie?</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %n deal(s) lost? Each of them gets this reason.</source>
        <translation>
            <numerusform>Dlaczego ta %n szansa została utracona? Otrzyma ten powód.</numerusform>
            <numerusform>Dlaczego te %n szanse zostały utracone? Każda otrzyma ten powód.</numerusform>
            <numerusform>Dlaczego te %n szans zostało utraconych? Każda otrzyma ten powód.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which sub-stage of “%1” do the deals get?</source>
        <translation>Który podetap etapu „%1” otrzymają szanse?</translation>
    </message>
    <message>
        <source>“%1” is done in %2 deal(s). Delete it anyway? Their history keeps the record.</source>
        <translation>Działanie „%1” wykonano w szansach (%2). Usunąć mimo to? Historia zachowa wpis.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Przykład: %1</translation>
    </message>
</context>
</TS>
