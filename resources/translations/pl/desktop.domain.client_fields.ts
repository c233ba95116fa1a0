<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Tekst jest za długi (najwyżej {max} znaków).</translation>
    </message>
    <message>
        <source>At most {max} additional entries are allowed.</source>
        <translation>Dozwolonych jest najwyżej {max} dodatkowych pozycji.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nie jest datą.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Wybrany rekord już nie istnieje.</translation>
    </message>
    <message>
        <source>{value} is not a web address.</source>
        <translation>{value} nie jest adresem strony www.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>Kontakt musi mieć imię lub nazwisko.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Firma musi mieć nazwę.</translation>
    </message>
</context>
</TS>
