<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>MyTasksView</name>
    <message>
        <source>Mark done</source>
        <translation>Marchează ca efectuată</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Sarcinile mele</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notificare necitită</numerusform>
            <numerusform>%n notificări necitite</numerusform>
            <numerusform>%n de notificări necitite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Sarcină scadentă</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Activitate efectuată</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Declanșator</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nimic nou.</translation>
    </message>
</context>
</TS>
