<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The file cannot be opened: {detail}</source>
        <translation>Nie można otworzyć pliku: {detail}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>To stary plik Excela (.xls). Zapisz go jako .xlsx lub CSV i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>This is not a text or spreadsheet file Etap can import.</source>
        <translation>To nie jest plik tekstowy ani arkusz, który Etap potrafi zaimportować.</translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding} text. Choose the file&apos;s encoding and try again.</source>
        <translation>Wiersz {line} nie jest poprawnym tekstem w kodowaniu {encoding}. Wybierz kodowanie pliku i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>Nie można odczytać wiersza {line}: {detail}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Arkusz „{sheet}” jest pusty.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>Nie można odczytać arkusza: {detail}</translation>
    </message>
</context>
</TS>
