<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{name}” is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must be between 1 and {max} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown trigger action.</source>
        <translation>Acțiune de declanșator necunoscută.</translation>
    </message>
    <message>
        <source>Choose the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the e-mail template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal has no contact to add to the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trigger no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
