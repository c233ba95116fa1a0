<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Stage “{name}”: sub-stage names must be different.</source>
        <translation>Etap „{name}”: nazwy podetapów muszą być różne.</translation>
    </message>
    <message>
        <source>The process was changed elsewhere; open it again.</source>
        <translation>Proces został zmieniony gdzie indziej; otwórz go ponownie.</translation>
    </message>
    <message>
        <source>Closed stages cannot be reordered.</source>
        <translation>Nie można zmieniać kolejności etapów zamkniętych.</translation>
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation>Wybierz inny etap tego samego procesu.</translation>
    </message>
    <message>
        <source>Stage “{name}” has {count} deals: choose the stage that receives them.</source>
        <translation>Etap „{name}” ma szanse ({count}): wybierz etap, który je przejmie.</translation>
    </message>
</context>
</TS>
