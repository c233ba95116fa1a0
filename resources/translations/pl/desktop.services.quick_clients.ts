<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This field can have at most {max} characters.</source>
        <translation>To pole może mieć najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Firma musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A contact needs a first or last name.</source>
        <translation>Kontakt musi mieć imię lub nazwisko.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>„{text}” nie jest numerem telefonu.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Wybrany rekord już nie istnieje.</translation>
    </message>
</context>
</TS>
