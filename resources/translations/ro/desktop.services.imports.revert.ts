<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can revert an import.</source>
        <translation>Doar managerii și administratorii pot revoca un import.</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>Acest import nu mai există.</translation>
    </message>
    <message>
        <source>This import was already reverted.</source>
        <translation>Acest import a fost deja revocat.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>changed since the import</source>
        <translation>modificat după import</translation>
    </message>
    <message>
        <source>used by other records since the import</source>
        <translation>folosit de alte înregistrări după import</translation>
    </message>
</context>
</TS>
