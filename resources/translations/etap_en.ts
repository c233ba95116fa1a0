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
<context>
    <name>BulkSendDialog</name>
    <message numerus="yes">
        <source>Selected deals (%n)</source>
        <translation>
            <numerusform>Selected deals (%n)</numerusform>
            <numerusform>Selected deals (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, no valid e-mail address: %1</source>
        <translation>
            <numerusform>%n deal skipped, no valid e-mail address: %1</numerusform>
            <numerusform>%n deals skipped, no valid e-mail address: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, the contact has no marketing consent: %1</source>
        <translation>
            <numerusform>%n deal skipped, the contact has no marketing consent: %1</numerusform>
            <numerusform>%n deals skipped, the contacts have no marketing consent: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued, sending…</source>
        <translation>
            <numerusform>%n message queued, sending…</numerusform>
            <numerusform>%n messages queued, sending…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message numerus="yes">
        <source>Delete %n company(ies)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n company? This cannot be undone.</numerusform>
            <numerusform>Delete %n companies? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n contact? This cannot be undone.</numerusform>
            <numerusform>Delete %n contacts? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>At least %n character; a sentence you remember is best.</numerusform>
            <numerusform>At least %n characters; a sentence you remember is best.</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>History</name>
    <message numerus="yes">
        <source>Attached %n file(s)</source>
        <translation>
            <numerusform>Attached %n file</numerusform>
            <numerusform>Attached %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n task(s)</source>
        <translation>
            <numerusform>Added %n task</numerusform>
            <numerusform>Added %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n note(s)</source>
        <translation>
            <numerusform>Added %n note</numerusform>
            <numerusform>Added %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n e-mail(s)</source>
        <translation>
            <numerusform>Queued %n e-mail</numerusform>
            <numerusform>Queued %n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed %n activities</source>
        <translation>
            <numerusform>Completed %n activity</numerusform>
            <numerusform>Completed %n activities</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>PasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>At least %n character; a sentence you remember is best.</numerusform>
            <numerusform>At least %n characters; a sentence you remember is best.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageTriggersWidget</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadsModel</name>
    <message numerus="yes">
        <source> · %n attachment(s)</source>
        <translation>
            <numerusform> · %n attachment</numerusform>
            <numerusform> · %n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete %n deal(s) for good, with their history, tasks and files? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n deal for good, with its history, tasks and files? This cannot be undone.</numerusform>
            <numerusform>Delete %n deals for good, with their history, tasks and files? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriggerLog</name>
    <message numerus="yes">
        <source>Notified %n person(s)</source>
        <translation>
            <numerusform>Notified %n person</numerusform>
            <numerusform>Notified %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnfiledMailDialog</name>
    <message numerus="yes">
        <source>%n message(s) wait to be filed.</source>
        <translation>
            <numerusform>%n message waits to be filed.</numerusform>
            <numerusform>%n messages wait to be filed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n deal(s). Hand them to:</source>
        <translation>
            <numerusform>%1 owns %n deal. Hand it to:</numerusform>
            <numerusform>%1 owns %n deals. Hand them to:</numerusform>
        </translation>
    </message>
</context>
</TS>
