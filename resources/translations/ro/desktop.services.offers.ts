<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Sigla trebuie să fie o imagine PNG sau JPEG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most {limit} KB).</source>
        <translation>Sigla este prea mare (cel mult {limit} KB).</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change offer templates and the letterhead.</source>
        <translation>Doar managerii și administratorii pot modifica șabloanele de ofertă și antetul.</translation>
    </message>
    <message>
        <source>The template is too long.</source>
        <translation>Șablonul este prea lung.</translation>
    </message>
    <message>
        <source>The offer template is not valid: {reason}</source>
        <translation>Șablonul ofertei nu este valid: {reason}</translation>
    </message>
    <message>
        <source>The offer document is not a PDF.</source>
        <translation>Documentul ofertei nu este un PDF.</translation>
    </message>
</context>
</TS>
