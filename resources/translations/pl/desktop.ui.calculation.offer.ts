<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>OfferBar</name>
    <message>
        <source>Preview offer</source>
        <translation>Podgląd oferty</translation>
    </message>
    <message>
        <source>Open in web browser</source>
        <translation>Otwórz w przeglądarce</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksport do PDF…</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Edytuj szablon…</translation>
    </message>
    <message>
        <source>Offer language:</source>
        <translation>Język oferty:</translation>
    </message>
    <message>
        <source>Save offer as PDF</source>
        <translation>Zapisz ofertę jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OfferPreview</name>
    <message>
        <source>Offer preview</source>
        <translation>Podgląd oferty</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Offer template (%1)</source>
        <translation>Szablon oferty (%1)</translation>
    </message>
    <message>
        <source>HTML with Jinja2 placeholders, e.g. {{ deal.number }}, {{ totals.gross }}.</source>
        <translation>HTML z polami Jinja2, np. {{ deal.number }}, {{ totals.gross }}.</translation>
    </message>
</context>
</TS>
