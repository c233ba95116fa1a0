<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logo musi być obrazem PNG lub JPEG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most {limit} KB).</source>
        <translation>Logo jest za duże (najwyżej {limit} KB).</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change offer templates and the letterhead.</source>
        <translation>Szablony ofert i nagłówek firmowy mogą zmieniać tylko menedżerowie i administratorzy.</translation>
    </message>
    <message>
        <source>The template is too long.</source>
        <translation>Szablon jest za długi.</translation>
    </message>
    <message>
        <source>The offer template is not valid: {reason}</source>
        <translation>Szablon oferty jest nieprawidłowy: {reason}</translation>
    </message>
    <message>
        <source>The offer document is not a PDF.</source>
        <translation>Dokument oferty nie jest plikiem PDF.</translation>
    </message>
</context>
</TS>
