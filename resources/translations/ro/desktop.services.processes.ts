<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This process no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process needs a name of 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals still in “{name}”: {count}. Move them to another process first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals in this stage: {count}. Choose the stage that receives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-stage names must be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving stage must be another stage of this process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
