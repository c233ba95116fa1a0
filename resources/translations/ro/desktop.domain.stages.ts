<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage name can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process can have at most {max} open stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process can have at most {max} closed stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed stages must come after all open stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages are named “{name}”; stage names must be different.</source>
        <translation>Două etape se numesc „{name}”; numele etapelor trebuie să fie diferite.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
    <message>
        <source>Stage “{name}” requires a sub-stage but has none defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation>Probabilitatea trebuie să fie un număr întreg de la 0 la 100.</translation>
    </message>
    <message>
        <source>Rotting days must be empty or a number from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That stage is not in this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed stages cannot be reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stages must stay before the closed stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Subetapă</translation>
    </message>
    <message>
        <source>Next contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivul pierderii</translation>
    </message>
</context>
<context>
    <name>StageKind</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigate</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Closed (other)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
