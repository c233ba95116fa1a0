<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not perform “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files can be at most {max} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity belongs to another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal cannot be won before these mandatory activities are done: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
