<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>MyTasksView</name>
    <message>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n nieprzeczytane powiadomienie</numerusform>
            <numerusform>%n nieprzeczytane powiadomienia</numerusform>
            <numerusform>%n nieprzeczytanych powiadomień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Termin zadania</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Wykonane działanie</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nic nowego.</translation>
    </message>
</context>
</TS>
