<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AddClientsDialog</name>
    <message>
        <source>Add clients to “%1”</source>
        <translation>Dodaj klientów do etapu „%1”</translation>
    </message>
    <message>
        <source>Search name, company, e-mail or phone</source>
        <translation>Szukaj po nazwisku, firmie, e-mailu lub telefonie</translation>
    </message>
    <message>
        <source>Create deals</source>
        <translation>Utwórz szanse</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Żaden kontakt nie pasuje.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>Wybrano %n kontakt</numerusform>
            <numerusform>Wybrano %n kontakty</numerusform>
            <numerusform>Wybrano %n kontaktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Add clients…</source>
        <translation>Dodaj klientów…</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>Wyślij wiadomość…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Eksportuj kontakty…</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <source>There are no deals in this stage.</source>
        <translation>Na tym etapie nie ma szans sprzedaży.</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klienci</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Eksport kontaktów</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
    <message>
        <source>Rows written: %1
File: %2</source>
        <translation>Zapisane wiersze: %1
Plik: %2</translation>
    </message>
</context>
</TS>
