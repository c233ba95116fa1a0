<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Deal sources</source>
        <translation>Sursele oportunităților</translation>
    </message>
    <message>
        <source>One source per line. Deals keep their source when it is removed from the list.</source>
        <translation>O sursă pe rând. Oportunitățile își păstrează sursa când aceasta este eliminată din listă.</translation>
    </message>
</context>
</TS>
