<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This process no longer exists.</source>
        <translation>Acest proces nu mai există.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Această etapă nu mai există.</translation>
    </message>
    <message>
        <source>A process needs a name of 1 to 120 characters.</source>
        <translation>Un proces trebuie să aibă un nume de 1 până la 120 de caractere.</translation>
    </message>
    <message>
        <source>A process named “{name}” already exists.</source>
        <translation>Există deja un proces numit „{name}”.</translation>
    </message>
    <message>
        <source>Deals still in “{name}”: {count}. Move them to another process first.</source>
        <translation>Oportunități încă în „{name}”: {count}. Mutați-le mai întâi în alt proces.</translation>
    </message>
    <message>
        <source>Deals in this stage: {count}. Choose the stage that receives them.</source>
        <translation>Oportunități în această etapă: {count}. Alegeți etapa care le preia.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
    <message>
        <source>“{name}” is not a sub-stage of “{stage}”.</source>
        <translation>„{name}” nu este o subetapă a etapei „{stage}”.</translation>
    </message>
    <message>
        <source>Stage “{stage}” needs more information before the deals can enter it.</source>
        <translation>Etapa „{stage}” necesită mai multe informații înainte ca oportunitățile să poată intra în ea.</translation>
    </message>
    <message>
        <source>{count} deal(s) cannot be won before these mandatory activities are done: {names}.</source>
        <translation>{count} oportunități nu pot fi câștigate înainte de efectuarea acestor activități obligatorii: {names}.</translation>
    </message>
    <message>
        <source>Sub-stage names must be different.</source>
        <translation>Numele subetapelor trebuie să fie diferite.</translation>
    </message>
    <message>
        <source>The receiving stage must be another stage of this process.</source>
        <translation>Etapa care le preia trebuie să fie altă etapă a acestui proces.</translation>
    </message>
</context>
</TS>
