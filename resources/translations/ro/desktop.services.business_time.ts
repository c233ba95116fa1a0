<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{name}” is not a known time zone.</source>
        <translation>„{name}” nu este un fus orar cunoscut.</translation>
    </message>
</context>
</TS>
