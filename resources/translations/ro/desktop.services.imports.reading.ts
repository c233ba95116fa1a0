<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The file cannot be opened: {detail}</source>
        <translation>Fișierul nu poate fi deschis: {detail}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>Acesta este un fișier Excel vechi (.xls). Salvați-l ca .xlsx sau CSV și importați fișierul salvat.</translation>
    </message>
    <message>
        <source>This is not a text or spreadsheet file Etap can import.</source>
        <translation>Acesta nu este un fișier text sau o foaie de calcul pe care Etap o poate importa.</translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding} text. Choose the file&apos;s encoding and try again.</source>
        <translation>Rândul {line} nu este text {encoding} valid. Alegeți codificarea fișierului și încercați din nou.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>Rândul {line} nu poate fi citit: {detail}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Foaia „{sheet}” este goală.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>Foaia de calcul nu poate fi citită: {detail}</translation>
    </message>
</context>
</TS>
