<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This trigger no longer exists.</source>
        <translation>Acest declanșator nu mai există.</translation>
    </message>
    <message>
        <source>The period must be between 1 and {max} days.</source>
        <translation>Perioada trebuie să fie între 1 și {max} zile.</translation>
    </message>
    <message>
        <source>Unknown trigger action.</source>
        <translation>Acțiune de declanșator necunoscută.</translation>
    </message>
    <message>
        <source>Choose the campaign.</source>
        <translation>Alegeți campania.</translation>
    </message>
    <message>
        <source>Choose the e-mail template.</source>
        <translation>Alegeți șablonul de e-mail.</translation>
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation>Alegeți altă etapă a aceluiași proces.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>Sarcina trebuie să aibă un titlu.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Această etapă nu mai există.</translation>
    </message>
</context>
</TS>
