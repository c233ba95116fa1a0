<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This activity no longer exists.</source>
        <translation>To działanie już nie istnieje.</translation>
    </message>
    <message>
        <source>You may not perform “{name}”.</source>
        <translation>Nie możesz wykonać działania „{name}”.</translation>
    </message>
    <message>
        <source>“{name}” needs a note.</source>
        <translation>„{name}” wymaga notatki.</translation>
    </message>
    <message>
        <source>“{name}” needs a file.</source>
        <translation>„{name}” wymaga pliku.</translation>
    </message>
    <message>
        <source>Files can be at most {max} MB.</source>
        <translation>Plik może mieć najwyżej {max} MB.</translation>
    </message>
    <message>
        <source>The activity belongs to another process.</source>
        <translation>To działanie należy do innego procesu.</translation>
    </message>
    <message>
        <source>“{name}” is already done.</source>
        <translation>„{name}” jest już wykonana.</translation>
    </message>
    <message>
        <source>The deal cannot be won before these mandatory activities are done: {names}.</source>
        <translation>Szansy nie można wygrać, dopóki nie zostaną wykonane obowiązkowe działania: {names}.</translation>
    </message>
</context>
</TS>
