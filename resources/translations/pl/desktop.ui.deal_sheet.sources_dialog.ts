<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Deal sources</source>
        <translation>Źródła szans</translation>
    </message>
    <message>
        <source>One source per line. Deals keep their source when it is removed from the list.</source>
        <translation>Jedno źródło w wierszu. Szanse zachowują swoje źródło, gdy zostanie ono usunięte z listy.</translation>
    </message>
</context>
</TS>
