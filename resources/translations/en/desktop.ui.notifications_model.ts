<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NotificationsModel</name>
    <message numerus="yes">
        <source>Trigger in “%1”: %n deal(s)</source>
        <translation>
            <numerusform>Trigger in “%1”: %n deal</numerusform>
            <numerusform>Trigger in “%1”: %n deals</numerusform>
        </translation>
    </message>
</context>
</TS>
