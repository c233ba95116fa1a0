<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Trigger</name>
    <message>
        <source>Add the contact to a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task for the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an e-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the owner and managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the deal to another stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
