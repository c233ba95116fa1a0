<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FunnelView</name>
    <message numerus="yes">
        <source>%n selected deal(s)</source>
        <translation>
            <numerusform>%n selected deal</numerusform>
            <numerusform>%n selected deals</numerusform>
        </translation>
    </message>
</context>
</TS>
