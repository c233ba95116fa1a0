<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>CompanySheet</name>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
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
        <translation>rumuński kod fiskalny, z RO lub bez</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Kod pocztowy:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Miasto:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
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
        <translation>Strona www:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizuj…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s data (right to be forgotten)</source>
        <translation>Usuń dane tej osoby (prawo do bycia zapomnianym)</translation>
    </message>
    <message>
        <source>Remove %1&apos;s personal data from Etap for good? Names, e-mail addresses, phones and address are replaced in the contact, in messages sent to them and in the history of their deals. Deals, their values and stages stay. This cannot be undone.</source>
        <translation>Trwale usunąć dane osobowe (%1) z Etapu? Imiona, nazwiska, adresy e-mail, telefony i adres zostaną zastąpione w kontakcie, w wysłanych do niego wiadomościach i w historii jego szans. Szanse, ich wartości i etapy pozostaną. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Anonymise contact</source>
        <translation>Anonimizacja kontaktu</translation>
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
        <source>Position:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Other e-mails:</source>
        <translation>Inne e-maile:</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>jeden w wierszu</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>e.g. 601 234 567 or +40 721 234 567</source>
        <translation>np. 601 234 567 lub +40 721 234 567</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Inne telefony:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Agrees to receive marketing e-mails</source>
        <translation>Zgoda na otrzymywanie e-maili marketingowych</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Data zgody:</translation>
    </message>
    <message>
        <source>Consent source:</source>
        <translation>Źródło zgody:</translation>
    </message>
    <message>
        <source>e.g. web form, phone call, signed contract</source>
        <translation>np. formularz www, rozmowa telefoniczna, umowa</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
</context>
</TS>
