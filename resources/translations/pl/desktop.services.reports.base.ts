<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The start of a range is after its end.</source>
        <translation>Początek zakresu jest późniejszy niż jego koniec.</translation>
    </message>
    <message>
        <source>Choose a process for this report.</source>
        <translation>Wybierz proces dla tego raportu.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały czas</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Poprzedni kwartał</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Najbliższe 6 miesięcy</translation>
    </message>
</context>
</TS>
