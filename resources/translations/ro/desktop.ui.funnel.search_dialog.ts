<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Advanced search</source>
        <translation>Căutare avansată</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Optional: save as a segment with this name</source>
        <translation>Opțional: salvați ca segment cu acest nume</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Etape:</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Responsabili:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Surse:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creată:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Închidere estimată:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valoare:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Textul conține:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
</context>
</TS>
