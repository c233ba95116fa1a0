<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Deals without calculation</source>
        <translation>Szanse bez kalkulacji</translation>
    </message>
    <message>
        <source>For teams that price offers elsewhere: the Calculation tab is hidden for everyone and deals keep only value and cost. Calculations made earlier are hidden, not deleted, and come back when this is switched off.</source>
        <translation>Dla zespołów, które wyceniają oferty gdzie indziej: zakładka Kalkulacja jest ukryta dla wszystkich, a szanse zachowują tylko wartość i koszt. Wcześniejsze kalkulacje są ukryte, nie usunięte, i wracają po wyłączeniu tej opcji.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Strefa czasowa systemu (%1)</translation>
    </message>
    <message>
        <source>Business time zone:</source>
        <translation>Strefa czasowa firmy:</translation>
    </message>
    <message>
        <source>Time-in-stage triggers count calendar days and keep the clock time in this zone.</source>
        <translation>Wyzwalacze czasu w etapie liczą dni kalendarzowe i zachowują godzinę zegarową w tej strefie.</translation>
    </message>
</context>
</TS>
