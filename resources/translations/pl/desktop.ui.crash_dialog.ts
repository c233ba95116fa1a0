<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong. What you were doing may not have been saved.</source>
        <translation>Coś poszło nie tak. To, co robiłeś, mogło nie zostać zapisane.</translation>
    </message>
    <message>
        <source>The details are written to %1.</source>
        <translation>Szczegóły zapisano w %1.</translation>
    </message>
    <message>
        <source>Please send the details to whoever looks after Etap.</source>
        <translation>Prześlij szczegóły osobie, która opiekuje się programem Etap.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
</context>
</TS>
