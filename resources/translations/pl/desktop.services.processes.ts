<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This process no longer exists.</source>
        <translation>Ten proces już nie istnieje.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Ten etap już nie istnieje.</translation>
    </message>
    <message>
        <source>A process needs a name of 1 to 120 characters.</source>
        <translation>Nazwa procesu musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>A process named “{name}” already exists.</source>
        <translation>Proces o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>Deals still in “{name}”: {count}. Move them to another process first.</source>
        <translation>Liczba szans w procesie „{name}”: {count}. Najpierw przenieś je do innego procesu.</translation>
    </message>
    <message>
        <source>Deals in this stage: {count}. Choose the stage that receives them.</source>
        <translation>Liczba szans w tym etapie: {count}. Wybierz etap, który je przejmie.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
    <message>
        <source>“{name}” is not a sub-stage of “{stage}”.</source>
        <translation>„{name}” nie jest podetapem etapu „{stage}”.</translation>
    </message>
    <message>
        <source>Stage “{stage}” needs more information before the deals can enter it.</source>
        <translation>Etap „{stage}” wymaga więcej informacji, zanim szanse będą mogły do niego trafić.</translation>
    </message>
    <message>
        <source>{count} deal(s) cannot be won before these mandatory activities are done: {names}.</source>
        <translation>Szanse ({count}) nie mogą zostać wygrane, dopóki nie zostaną wykonane obowiązkowe działania: {names}.</translation>
    </message>
    <message>
        <source>Sub-stage names must be different.</source>
        <translation>Nazwy podetapów muszą być różne.</translation>
    </message>
    <message>
        <source>The receiving stage must be another stage of this process.</source>
        <translation>Etap przejmujący musi być innym etapem tego procesu.</translation>
    </message>
</context>
</TS>
