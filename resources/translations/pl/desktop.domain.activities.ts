<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>Anyone</source>
        <translation>Każdy</translation>
    </message>
    <message>
        <source>Managers and admins</source>
        <translation>Menedżerowie i administratorzy</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Tylko administratorzy</translation>
    </message>
    <message>
        <source>Chosen users</source>
        <translation>Wybrani użytkownicy</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nic</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>A note with a file</source>
        <translation>Notatka z plikiem</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratorów</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Menedżerów</translation>
    </message>
    <message>
        <source>Deal participants</source>
        <translation>Uczestników szansy</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An activity needs a name of 1 to {max} characters.</source>
        <translation>Nazwa działania musi mieć od 1 do {max} znaków.</translation>
    </message>
    <message>
        <source>An activity&apos;s weight must be between 0 and {max}.</source>
        <translation>Waga działania musi wynosić od 0 do {max}.</translation>
    </message>
    <message>
        <source>Activity “{name}”: choose at least one user who may perform it.</source>
        <translation>Działanie „{name}”: wybierz co najmniej jednego użytkownika, który może je wykonać.</translation>
    </message>
</context>
</TS>
