<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddClientsDialog</name>
    <message numerus="yes">
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>%n contact chosen</numerusform>
            <numerusform>%n contacts chosen</numerusform>
        </translation>
    </message>
</context>
</TS>
