<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CompanySheet</name>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>REGON:</source>
        <translation>REGON:</translation>
    </message>
    <message>
        <source>KRS:</source>
        <translation>KRS:</translation>
    </message>
    <message>
        <source>CUI/CIF:</source>
        <translation>CUI/CIF:</translation>
    </message>
    <message>
        <source>Romanian fiscal code, with or without RO</source>
        <translation>cod fiscal românesc, cu sau fără RO</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Cod poștal:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Oraș:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Țară:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Companie nouă</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Companie: %1</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizează…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s data (right to be forgotten)</source>
        <translation>Șterge datele acestei persoane (dreptul de a fi uitat)</translation>
    </message>
    <message>
        <source>Remove %1&apos;s personal data from Etap for good? Names, e-mail addresses, phones and address are replaced in the contact, in messages sent to them and in the history of their deals. Deals, their values and stages stay. This cannot be undone.</source>
        <translation>Ștergeți definitiv datele personale (%1) din Etap? Numele, adresele de e-mail, telefoanele și adresa sunt înlocuite în contact, în mesajele trimise și în istoricul oportunităților sale. Oportunitățile, valorile și etapele rămân. Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Anonymise contact</source>
        <translation>Anonimizare contact</translation>
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
        <source>Position:</source>
        <translation>Funcție:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Other e-mails:</source>
        <translation>Alte e-mailuri:</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>câte unul pe rând</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>e.g. 601 234 567 or +40 721 234 567</source>
        <translation>de ex. 0721 234 567 sau +48 601 234 567</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Alte telefoane:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Companie:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Agrees to receive marketing e-mails</source>
        <translation>Acceptă e-mailuri de marketing</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Data consimțământului:</translation>
    </message>
    <message>
        <source>Consent source:</source>
        <translation>Sursa consimțământului:</translation>
    </message>
    <message>
        <source>e.g. web form, phone call, signed contract</source>
        <translation>de ex. formular web, apel telefonic, contract semnat</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contact nou</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
</context>
</TS>
