<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The file cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text or spreadsheet file Etap can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding} text. Choose the file&apos;s encoding and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
