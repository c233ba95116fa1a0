<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers and admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note with a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An activity needs a name of 1 to {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity&apos;s weight must be between 0 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity “{name}”: choose at least one user who may perform it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
