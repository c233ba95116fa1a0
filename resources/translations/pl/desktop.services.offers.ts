<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
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
