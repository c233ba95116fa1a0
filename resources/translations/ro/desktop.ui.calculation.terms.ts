<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>TermsPanel</name>
    <message>
        <source>From rates table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take today&apos;s rate from the exchange-rate table and freeze it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bank transfer, 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. delivery within 3 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate to deal currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none — catalogue prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rates table has no rate for this pair of currencies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
