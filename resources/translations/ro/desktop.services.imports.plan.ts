<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The row has {count} cells; the header has {expected}.</source>
        <translation>Celule în rând: {count}; în antet: {expected}.</translation>
    </message>
    <message>
        <source>Left out by the user.</source>
        <translation>Omis de utilizator.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>O sumă nu poate fi negativă.</translation>
    </message>
    <message>
        <source>The column mixes day-first and month-first dates.</source>
        <translation>Coloana amestecă date care încep cu ziua și date care încep cu luna.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid NIP or CUI (its check digit does not match).</source>
        <translation>„{text}” nu este un NIP sau CUI valid (cifra de control nu se potrivește).</translation>
    </message>
    <message>
        <source>“{text}” is not in the catalogue; the catalogue has “{near}”.</source>
        <translation>„{text}” nu este în catalog; în catalog există „{near}”.</translation>
    </message>
    <message>
        <source>“{text}” is not in the catalogue.</source>
        <translation>„{text}” nu este în catalog.</translation>
    </message>
    <message>
        <source>The row has no name and no e-mail.</source>
        <translation>Rândul nu are nici nume, nici e-mail.</translation>
    </message>
    <message>
        <source>The row has no company name.</source>
        <translation>Rândul nu are numele companiei.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Rândul nu are nume.</translation>
    </message>
    <message>
        <source>The row has no product name.</source>
        <translation>Rândul nu are numele produsului.</translation>
    </message>
    <message>
        <source>“{text}” is not a stage of the process.</source>
        <translation>„{text}” nu este o etapă a procesului.</translation>
    </message>
    <message>
        <source>“{text}” is not a status (open, won, lost).</source>
        <translation>„{text}” nu este o stare (deschisă, câștigată, pierdută).</translation>
    </message>
    <message>
        <source>The row has no stage.</source>
        <translation>Rândul nu are etapă.</translation>
    </message>
    <message>
        <source>No user “{text}”; the deal will have no owner.</source>
        <translation>Nu există utilizatorul „{text}”; oportunitatea nu va avea responsabil.</translation>
    </message>
    <message>
        <source>The row has no title, company or contact to name it.</source>
        <translation>Rândul nu are titlu, companie sau contact după care să fie denumită oportunitatea.</translation>
    </message>
    <message>
        <source>The closing date is before the creation date.</source>
        <translation>Data închiderii este anterioară datei creării.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>„{text}” nu este un număr de telefon.</translation>
    </message>
</context>
</TS>
