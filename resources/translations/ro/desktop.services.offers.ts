<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
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
