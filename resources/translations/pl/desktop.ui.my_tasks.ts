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
        <source>Add to calendar</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <source>Open the task in your calendar application (.ics)</source>
        <translation>Otwórz zadanie w swoim programie kalendarza (.ics)</translation>
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
        <source>Mark all as read</source>
        <translation>Oznacz wszystkie jako przeczytane</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nic nowego.</translation>
    </message>
</context>
</TS>
