<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This e-mail template no longer exists.</source>
        <translation>Acest șablon de e-mail nu mai există.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Șablonul trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>A template named “{name}” already exists.</source>
        <translation>Există deja un șablon numit „{name}”.</translation>
    </message>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Această oportunitate nu mai există sau nu vă este vizibilă.</translation>
    </message>
    <message>
        <source>No deal with number “{number}”.</source>
        <translation>Nu există nicio oportunitate cu numărul „{number}”.</translation>
    </message>
</context>
</TS>
