<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can change processes.</source>
        <translation>Doar managerii și administratorii pot modifica procesele.</translation>
    </message>
    <message>
        <source>Only administrators can do this.</source>
        <translation>Doar administratorii pot face acest lucru.</translation>
    </message>
</context>
</TS>
