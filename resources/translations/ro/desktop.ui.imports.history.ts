<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Istoricul importurilor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Revert import…</source>
        <translation>Revocă importul…</translation>
    </message>
    <message>
        <source>reverted {when}</source>
        <translation>revocat la {when}</translation>
    </message>
    <message>
        <source>Remove what the import of “{file}” created and restore what it updated?</source>
        <translation>Eliminați ce a creat importul fișierului „{file}” și restaurați ce a actualizat?</translation>
    </message>
    <message>
        <source>{count} deals were changed since and will be kept.</source>
        <translation>Oportunitățile modificate între timp ({count}) vor fi păstrate.</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Revocarea importului</translation>
    </message>
    <message>
        <source>Removed: {removed}. Restored: {restored}.</source>
        <translation>Eliminate: {removed}. Restaurate: {restored}.</translation>
    </message>
    <message>
        <source>Kept because they changed since:</source>
        <translation>Păstrate pentru că s-au modificat între timp:</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… și încă {count}.</translation>
    </message>
</context>
</TS>
