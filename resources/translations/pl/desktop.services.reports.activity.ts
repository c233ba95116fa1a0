<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Activity</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Work done (and tasks due) in the period</source>
        <translation>Praca wykonana (i zadania z terminem) w okresie</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Zadania wykonane</translation>
    </message>
    <message>
        <source>Tasks planned</source>
        <translation>Zadania zaplanowane</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Zadania zaległe</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Wykonane działania</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>Wysłane e-maile</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Utworzone szanse</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Wykonana praca</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Szanse</translation>
    </message>
</context>
</TS>
