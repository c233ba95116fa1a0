<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>BoardView</name>
    <message>
        <source>Search title, number, company or contact (Ctrl+F)</source>
        <translation>Szukaj po tytule, numerze, firmie lub kontakcie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add the first deal</source>
        <translation>Dodaj pierwszą szansę</translation>
    </message>
    <message>
        <source>Find deals</source>
        <translation>Znajdź szanse</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Przenieś na następny etap</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>Przenieś na poprzedni etap</translation>
    </message>
    <message>
        <source>Filtered: “%1”</source>
        <translation>Filtr: „%1”</translation>
    </message>
    <message>
        <source>Move “%1” to “%2”</source>
        <translation>Przeniesienie „%1” do „%2”</translation>
    </message>
</context>
</TS>
