<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConfiguratorDialog</name>
    <message numerus="yes">
        <source>Why were these %n deal(s) lost? Each of them gets this reason.</source>
        <translation>
            <numerusform>Why was this deal lost? It gets this reason.</numerusform>
            <numerusform>Why were these %n deals lost? Each of them gets this reason.</numerusform>
        </translation>
    </message>
</context>
</TS>
