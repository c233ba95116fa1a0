<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>History</name>
    <message>
        <source>Field changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculations and offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 created in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordered in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer accepted: %1</source>
        <translation>Ofertă acceptată: %1</translation>
    </message>
    <message>
        <source>Offer rejected: %1</source>
        <translation>Ofertă respinsă: %1</translation>
    </message>
    <message>
        <source>Offer not decided any more: %1</source>
        <translation>Oferta nu mai are o decizie: %1</translation>
    </message>
    <message>
        <source>E-mail received from %1: %2</source>
        <translation>E-mail primit de la %1: %2</translation>
    </message>
    <message>
        <source>E-mail sent from another program to %1: %2</source>
        <translation>E-mail trimis din alt program către %1: %2</translation>
    </message>
    <message>
        <source>E-mail from %1 filed to this deal: %2</source>
        <translation>E-mail de la %1 atribuit acestei oportunități: %2</translation>
    </message>
    <message>
        <source>Read receipt from %1: %2</source>
        <translation>Confirmare de citire de la %1: %2</translation>
    </message>
    <message>
        <source>E-mail to %1 found in the Sent folder, so it was sent: %2</source>
        <translation>E-mailul către %1 a fost găsit în dosarul Trimise, deci a fost trimis: %2</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
