<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This deal is not in the trash.</source>
        <translation>Tej szansy nie ma w koszu.</translation>
    </message>
    <message>
        <source>Only managers can restore deals from the trash.</source>
        <translation>Tylko menedżerowie mogą przywracać szanse z kosza.</translation>
    </message>
</context>
</TS>
