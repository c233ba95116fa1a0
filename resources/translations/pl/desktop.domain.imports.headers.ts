<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Import</name>
    <message>
        <source>Deals (with their contacts and companies)</source>
        <translation>Szanse (z ich kontaktami i firmami)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Users (salespeople)</source>
        <translation>Użytkownicy (handlowcy)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Deal number (id)</source>
        <translation>Numer szansy (identyfikator)</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Tytuł szansy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Status (otwarta, wygrana, przegrana)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>In the stage since</source>
        <translation>W etapie od</translation>
    </message>
    <message>
        <source>Closed on (won or lost)</source>
        <translation>Data zamknięcia (wygrana lub przegrana)</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>Tax id (NIP, CUI)</source>
        <translation>Identyfikator podatkowy (NIP, CUI)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Contact (full name)</source>
        <translation>Kontakt (imię i nazwisko)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>Telefon firmy</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>E-mail firmy</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Imię i nazwisko użytkownika</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Kod produktu</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Cena netto</translation>
    </message>
</context>
</TS>
