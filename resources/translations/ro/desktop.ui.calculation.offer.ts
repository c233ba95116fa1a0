<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Offer letterhead</source>
        <translation>Antetul ofertei</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Alegeți sigla…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Elimină sigla</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Numele companiei:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>Tax ID (NIP):</source>
        <translation>Cod fiscal (CUI):</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Cont bancar:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Siglă:</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(fără siglă)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Alegeți sigla</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Preview offer</source>
        <translation>Previzualizare ofertă</translation>
    </message>
    <message>
        <source>Open in web browser</source>
        <translation>Deschide în browser</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportă PDF…</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Editează șablonul…</translation>
    </message>
    <message>
        <source>Letterhead…</source>
        <translation>Antet…</translation>
    </message>
    <message>
        <source>Offer language:</source>
        <translation>Limba ofertei:</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Save offer as PDF</source>
        <translation>Salvează oferta ca PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OfferPreview</name>
    <message>
        <source>Offer preview</source>
        <translation>Previzualizarea ofertei</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Offer template (%1)</source>
        <translation>Șablonul ofertei (%1)</translation>
    </message>
    <message>
        <source>HTML with Jinja2 placeholders, e.g. {{ deal.number }}, {{ totals.gross }}.</source>
        <translation>HTML cu substituenți Jinja2, de ex. {{ deal.number }}, {{ totals.gross }}.</translation>
    </message>
</context>
</TS>
