<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Unknown or malformed placeholders: {names}.</source>
        <translation>Nieznane lub błędnie zapisane pola: {names}.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Temat jest pusty.</translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation>Temat musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Wiadomość nie ma treści.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>„{address}” nie jest poprawnym adresem e-mail.</translation>
    </message>
    <message>
        <source>A name must not contain line breaks.</source>
        <translation>Nazwa nie może zawierać podziałów wiersza.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Imię i nazwisko kontaktu</translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation>Imię kontaktu</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Nazwisko kontaktu</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail address</source>
        <translation>Adres e-mail kontaktu</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>Deal number</source>
        <translation>Numer szansy</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Tytuł szansy</translation>
    </message>
    <message>
        <source>Deal value with currency</source>
        <translation>Wartość szansy z walutą</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Imię i nazwisko opiekuna</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail address</source>
        <translation>Adres e-mail opiekuna</translation>
    </message>
    <message>
        <source>Owner&apos;s signature</source>
        <translation>Podpis opiekuna</translation>
    </message>
    <message>
        <source>Offer valid until</source>
        <translation>Oferta ważna do</translation>
    </message>
</context>
</TS>
