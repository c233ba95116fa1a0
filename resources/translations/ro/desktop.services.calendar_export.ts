<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This task no longer exists or is not visible to you.</source>
        <translation>Această sarcină nu mai există sau nu vă este vizibilă.</translation>
    </message>
</context>
</TS>
