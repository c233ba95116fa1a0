<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>Anyone</source>
        <translation>Oricine</translation>
    </message>
    <message>
        <source>Managers and admins</source>
        <translation>Manageri și administratori</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Doar administratori</translation>
    </message>
    <message>
        <source>Chosen users</source>
        <translation>Utilizatori aleși</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nimic</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>O notă</translation>
    </message>
    <message>
        <source>A note with a file</source>
        <translation>O notă cu fișier</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratori</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Manageri</translation>
    </message>
    <message>
        <source>Deal participants</source>
        <translation>Participanții la oportunitate</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An activity needs a name of 1 to {max} characters.</source>
        <translation>O activitate trebuie să aibă un nume de 1 până la {max} caractere.</translation>
    </message>
    <message>
        <source>An activity&apos;s weight must be between 0 and {max}.</source>
        <translation>Ponderea unei activități trebuie să fie între 0 și {max}.</translation>
    </message>
    <message>
        <source>Activity “{name}”: choose at least one user who may perform it.</source>
        <translation>Activitatea „{name}”: alegeți cel puțin un utilizator care o poate efectua.</translation>
    </message>
</context>
</TS>
