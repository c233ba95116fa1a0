<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>BoardView</name>
    <message>
        <source>Search title, number, company or contact (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
