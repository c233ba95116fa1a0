<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Această oportunitate nu mai există sau nu vă este vizibilă.</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change this deal.</source>
        <translation>Doar responsabilul sau un manager poate modifica această oportunitate.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
    <message>
        <source>A deal needs a title of 1 to {max} characters.</source>
        <translation>O oportunitate trebuie să aibă un titlu de 1 până la {max} caractere.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nu este o dată.</translation>
    </message>
    <message>
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation>Probabilitatea trebuie să fie un număr întreg între 0 și 100.</translation>
    </message>
    <message>
        <source>{amount} cannot be written in {currency} without rounding; change it first.</source>
        <translation>{amount} nu poate fi scris în {currency} fără rotunjire; modificați-l mai întâi.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Înregistrarea aleasă nu mai există.</translation>
    </message>
    <message>
        <source>Stage “{stage}” needs more information before the deal can enter it.</source>
        <translation>Etapa „{stage}” are nevoie de mai multe informații înainte ca oportunitatea să intre în ea.</translation>
    </message>
    <message>
        <source>This process has no open stage.</source>
        <translation>Acest proces nu are nicio etapă deschisă.</translation>
    </message>
    <message>
        <source>Only managers can create deals for someone else.</source>
        <translation>Doar managerii pot crea oportunități pentru altcineva.</translation>
    </message>
    <message>
        <source>The stage belongs to another process.</source>
        <translation>Etapa aparține altui proces.</translation>
    </message>
    <message>
        <source>Someone else saved this deal in the meantime. Review their changes and save again.</source>
        <translation>Altcineva a salvat între timp această oportunitate. Verificați modificările și salvați din nou.</translation>
    </message>
    <message>
        <source>Only managers can hand a deal to someone else.</source>
        <translation>Doar managerii pot preda o oportunitate altcuiva.</translation>
    </message>
    <message>
        <source>“{name}” is not a sub-stage of “{stage}”.</source>
        <translation>„{name}” nu este o subetapă a etapei „{stage}”.</translation>
    </message>
    <message>
        <source>Someone else changed this deal in the meantime.</source>
        <translation>Altcineva a modificat între timp această oportunitate.</translation>
    </message>
</context>
</TS>
