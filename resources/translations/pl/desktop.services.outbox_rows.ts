<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Ta szansa już nie istnieje albo nie masz do niej dostępu.</translation>
    </message>
</context>
</TS>
