<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Offer letterhead</source>
        <translation>Nagłówek firmowy oferty</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Wybierz logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Usuń logo</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nazwa firmy:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Tax ID (NIP):</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Rachunek bankowy:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(bez logo)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
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
        <source>Letterhead…</source>
        <translation>Nagłówek firmowy…</translation>
    </message>
    <message>
        <source>Offer language:</source>
        <translation>Język oferty:</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
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
