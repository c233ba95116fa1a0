<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Import</name>
    <message>
        <source>Deals (with their contacts and companies)</source>
        <translation>Oportunități (cu contactele și companiile lor)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companii</translation>
    </message>
    <message>
        <source>Users (salespeople)</source>
        <translation>Utilizatori (agenți de vânzări)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
    <message>
        <source>Deal number (id)</source>
        <translation>Numărul oportunității (id)</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titlul oportunității</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Stare (deschisă, câștigată, pierdută)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Data creării</translation>
    </message>
    <message>
        <source>In the stage since</source>
        <translation>În etapă din</translation>
    </message>
    <message>
        <source>Closed on (won or lost)</source>
        <translation>Data închiderii (câștigată sau pierdută)</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Data estimată de închidere</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivul pierderii</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Numele companiei</translation>
    </message>
    <message>
        <source>Tax id (NIP, CUI)</source>
        <translation>Cod fiscal (NIP, CUI)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Contact (full name)</source>
        <translation>Contact (nume complet)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
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
        <translation>Telefon companie</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>E-mail companie</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Numele utilizatorului</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Cod produs</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Preț net</translation>
    </message>
</context>
</TS>
