<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{name}” is not a known time zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must be between 1 and {max} days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the e-mail template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deal has no contact to add to the campaign.</source>
        <translation>Oportunitatea nu are un contact care să poată fi adăugat în campanie.</translation>
    </message>
    <message>
        <source>The deal's contact has no valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This trigger no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>