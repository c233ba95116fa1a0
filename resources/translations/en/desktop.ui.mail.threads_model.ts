<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ThreadsModel</name>
    <message numerus="yes">
        <source> · %n attachment(s)</source>
        <translation>
            <numerusform> · %n attachment</numerusform>
            <numerusform> · %n attachments</numerusform>
        </translation>
    </message>
</context>
</TS>
