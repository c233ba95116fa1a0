<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Outbox: %n message(s) sent</source>
        <translation>
            <numerusform>Outbox: %n message sent</numerusform>
            <numerusform>Outbox: %n messages sent</numerusform>
        </translation>
    </message>
</context>
</TS>
