<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete %n deal(s) for good, with their history, tasks and files? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n deal for good, with its history, tasks and files? This cannot be undone.</numerusform>
            <numerusform>Delete %n deals for good, with their history, tasks and files? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
