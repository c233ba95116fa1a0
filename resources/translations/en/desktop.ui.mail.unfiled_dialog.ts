<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>UnfiledMailDialog</name>
    <message numerus="yes">
        <source>%n message(s) wait to be filed.</source>
        <translation>
            <numerusform>%n message waits to be filed.</numerusform>
            <numerusform>%n messages wait to be filed.</numerusform>
        </translation>
    </message>
</context>
</TS>
