<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The deal has no contact to add to the campaign.</source>
        <translation>Szansa nie ma kontaktu, którego można dodać do kampanii.</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address.</source>
        <translation>Kontakt szansy nie ma poprawnego adresu e-mail.</translation>
    </message>
</context>
</TS>
