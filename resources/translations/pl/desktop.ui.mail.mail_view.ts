<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>MailView</name>
    <message>
        <source>Choose a message to read it.</source>
        <translation>Wybierz wiadomość, aby ją przeczytać.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Załączniki:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Add to the deal&apos;s files</source>
        <translation>Dodaj do plików szansy</translation>
    </message>
</context>
</TS>
