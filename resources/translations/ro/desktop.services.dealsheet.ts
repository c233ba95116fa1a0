<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; files can be at most {max} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file “{name}” is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers can change the list of sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
