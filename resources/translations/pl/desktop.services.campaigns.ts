<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A campaign needs a name of 1 to 120 characters.</source>
        <translation>Nazwa kampanii musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>A campaign named “{name}” already exists.</source>
        <translation>Kampania „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Ta kampania już nie istnieje.</translation>
    </message>
</context>
</TS>
