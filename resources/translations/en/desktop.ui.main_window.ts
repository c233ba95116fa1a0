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
    <message numerus="yes">
        <source>Mail: %n new message(s)</source>
        <translation>
            <numerusform>Mail: %n new message</numerusform>
            <numerusform>Mail: %n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unfiled)</source>
        <translation>
            <numerusform>(%n unfiled)</numerusform>
            <numerusform>(%n unfiled)</numerusform>
        </translation>
    </message>
</context>
</TS>
