<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>NewCompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Wpisz, aby wyszukać firmę</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Imię:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nazwisko:</translation>
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
        <translation>Firma:</translation>
    </message>
</context>
</TS>
