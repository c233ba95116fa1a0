<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A stage needs a name.</source>
        <translation>O etapă trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>A stage name can have at most {max} characters.</source>
        <translation>Numele unei etape poate avea cel mult {max} caractere.</translation>
    </message>
    <message>
        <source>A process can have at most {max} open stages.</source>
        <translation>Un proces poate avea cel mult {max} etape deschise.</translation>
    </message>
    <message>
        <source>A process can have at most {max} closed stages.</source>
        <translation>Un proces poate avea cel mult {max} etape închise.</translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation>Un proces poate avea o singură etapă Câștigată.</translation>
    </message>
    <message>
        <source>Closed stages must come after all open stages.</source>
        <translation>Etapele închise trebuie să urmeze după toate etapele deschise.</translation>
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
        <translation>Etapa „{name}” cere o subetapă, dar nu are niciuna definită.</translation>
    </message>
    <message>
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation>Probabilitatea trebuie să fie un număr întreg între 0 și 100.</translation>
    </message>
    <message>
        <source>Rotting days must be empty or a number from 1 to 3650.</source>
        <translation>Zilele de stagnare trebuie să lipsească sau să fie un număr între 1 și 3650.</translation>
    </message>
    <message>
        <source>That stage is not in this process.</source>
        <translation>Etapa nu face parte din acest proces.</translation>
    </message>
    <message>
        <source>Closed stages cannot be reordered.</source>
        <translation>Etapele închise nu pot fi reordonate.</translation>
    </message>
    <message>
        <source>Open stages must stay before the closed stages.</source>
        <translation>Etapele deschise trebuie să rămână înaintea celor închise.</translation>
    </message>
    <message>
        <source>A process needs at least one open stage.</source>
        <translation>Un proces are nevoie de cel puțin o etapă deschisă.</translation>
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
        <translation>Data estimată de închidere</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Subetapă</translation>
    </message>
    <message>
        <source>Next contact date</source>
        <translation>Data următorului contact</translation>
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
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdută</translation>
    </message>
    <message>
        <source>Closed (other)</source>
        <translation>Închisă (altfel)</translation>
    </message>
</context>
</TS>
