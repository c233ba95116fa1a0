<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
