<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
</context>
</TS>
