<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>NewCompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Companie nouă</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Contact nou</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Tastați pentru a căuta o companie</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prenume:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Companie:</translation>
    </message>
</context>
</TS>
