<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>OfferBar</name>
    <message>
        <source>Preview offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save offer as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferPreview</name>
    <message>
        <source>Offer preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Offer template (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML with Jinja2 placeholders, e.g. {{ deal.number }}, {{ totals.gross }}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
