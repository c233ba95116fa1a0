<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ActivityName</name>
    <message>
        <source>Check the company&apos;s data</source>
        <translation>Weryfikacja danych firmy</translation>
    </message>
    <message>
        <source>Identify the decision maker</source>
        <translation>Ustalenie osoby decyzyjnej</translation>
    </message>
    <message>
        <source>First phone call</source>
        <translation>Pierwsza rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Pierwsze spotkanie</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Rozpoznanie potrzeb</translation>
    </message>
    <message>
        <source>Budget confirmed</source>
        <translation>Potwierdzony budżet</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Wysłana oferta</translation>
    </message>
    <message>
        <source>Offer discussed with the client</source>
        <translation>Oferta omówiona z klientem</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Direct visit</source>
        <translation>Bezpośrednia wizyta</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formularz kontaktowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Live call</source>
        <translation>Livecall</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>StageName</name>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Prezentacja</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Pozyskany</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Utracony</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nowe leady</translation>
    </message>
    <message>
        <source>In acquisition</source>
        <translation>W trakcie pozyskania</translation>
    </message>
    <message>
        <source>Call scheduled</source>
        <translation>Umówiony na telco</translation>
    </message>
    <message>
        <source>After call – meeting</source>
        <translation>Po telco – spotkanie</translation>
    </message>
    <message>
        <source>To be offered</source>
        <translation>Do zaofertowania</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Zaofertowany</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>W trakcie negocjacji</translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation>Umowa wysłana</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <source>Data gathering</source>
        <translation>Zbieranie danych</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Rozpoznanie potrzeb</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Ofertowanie</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Empty (3 open stages, Won, Lost)</source>
        <translation>Pusty (3 etapy otwarte, Wygrana, Przegrana)</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
</context>
</TS>
