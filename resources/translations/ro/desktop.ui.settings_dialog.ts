<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Deals without calculation</source>
        <translation>Oportunități fără calculație</translation>
    </message>
    <message>
        <source>For teams that price offers elsewhere: the Calculation tab is hidden for everyone and deals keep only value and cost. Calculations made earlier are hidden, not deleted, and come back when this is switched off.</source>
        <translation>Pentru echipele care calculează ofertele în altă parte: fila Calculație este ascunsă pentru toți, iar oportunitățile păstrează doar valoarea și costul. Calculațiile făcute anterior sunt ascunse, nu șterse, și revin când această opțiune este dezactivată.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Fusul orar al sistemului (%1)</translation>
    </message>
    <message>
        <source>Business time zone:</source>
        <translation>Fusul orar al firmei:</translation>
    </message>
    <message>
        <source>Time-in-stage triggers count calendar days and keep the clock time in this zone.</source>
        <translation>Declanșatoarele de timp în etapă numără zilele calendaristice și păstrează ora din acest fus orar.</translation>
    </message>
</context>
</TS>
