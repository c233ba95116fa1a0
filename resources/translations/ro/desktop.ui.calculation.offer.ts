<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Offer letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID (NIP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Letterhead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
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
