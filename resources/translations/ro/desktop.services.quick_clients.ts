<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This field can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
