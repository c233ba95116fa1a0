<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can change the catalogue.</source>
        <translation>Tylko menedżerowie i administratorzy mogą zmieniać katalog.</translation>
    </message>
    <message>
        <source>This text must have 1 to {max} characters.</source>
        <translation>Ten tekst musi mieć od 1 do {max} znaków.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Ten produkt już nie istnieje.</translation>
    </message>
    <message>
        <source>A product with code “{code}” already exists.</source>
        <translation>Produkt o kodzie „{code}” już istnieje.</translation>
    </message>
    <message>
        <source>A price list named “{name}” already exists.</source>
        <translation>Cennik o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>This price list no longer exists.</source>
        <translation>Ten cennik już nie istnieje.</translation>
    </message>
</context>
</TS>
