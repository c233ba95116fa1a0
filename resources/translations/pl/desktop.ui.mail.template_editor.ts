<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation>Szablony e-mail</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Optional: the same message as simple HTML</source>
        <translation>Opcjonalnie: ta sama wiadomość w prostym HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>deal number for the preview, e.g. SPR/2026/0001</source>
        <translation>numer szansy do podglądu, np. SPR/2026/0001</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Preview with deal:</source>
        <translation>Podgląd dla szansy:</translation>
    </message>
    <message>
        <source>Double-click to insert</source>
        <translation>Kliknij dwukrotnie, aby wstawić</translation>
    </message>
    <message>
        <source>Only managers and administrators can change the shared templates.</source>
        <translation>Wspólne szablony mogą zmieniać tylko menedżerowie i administratorzy.</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Usunąć szablon „%1”?</translation>
    </message>
</context>
</TS>
