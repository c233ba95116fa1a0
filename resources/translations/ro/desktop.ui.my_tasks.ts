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
        <source>Add to calendar</source>
        <translation>Adaugă în calendar</translation>
    </message>
    <message>
        <source>Open the task in your calendar application (.ics)</source>
        <translation>Deschide sarcina în aplicația de calendar (.ics)</translation>
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
        <source>Mark all as read</source>
        <translation>Marchează toate ca citite</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nimic nou.</translation>
    </message>
</context>
</TS>
