<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Stage “{name}”: sub-stage names must be different.</source>
        <translation>Etapa „{name}”: numele subetapelor trebuie să fie diferite.</translation>
    </message>
    <message>
        <source>The process was changed elsewhere; open it again.</source>
        <translation>Procesul a fost modificat în altă parte; deschideți-l din nou.</translation>
    </message>
    <message>
        <source>Closed stages cannot be reordered.</source>
        <translation>Etapele închise nu pot fi reordonate.</translation>
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation>Alegeți altă etapă a aceluiași proces.</translation>
    </message>
    <message>
        <source>Stage “{name}” has {count} deals: choose the stage that receives them.</source>
        <translation>Etapa „{name}” are {count} oportunități: alegeți etapa care le preia.</translation>
    </message>
</context>
</TS>
