<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large (at most {limit} KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and administrators can change offer templates and the letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer template is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer document is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
