<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>TermsPanel</name>
    <message>
        <source>From rates table</source>
        <translation>Din tabelul de cursuri</translation>
    </message>
    <message>
        <source>Take today&apos;s rate from the exchange-rate table and freeze it here</source>
        <translation>Ia cursul de azi din tabelul de cursuri de schimb și fixează-l aici</translation>
    </message>
    <message>
        <source>e.g. bank transfer, 14 days</source>
        <translation>de ex. transfer bancar, 14 zile</translation>
    </message>
    <message>
        <source>e.g. delivery within 3 weeks</source>
        <translation>de ex. livrare în 3 săptămâni</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabilă până la</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
    <message>
        <source>Rate to deal currency:</source>
        <translation>Curs față de moneda oportunității:</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>Listă de prețuri:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Condiții de plată:</translation>
    </message>
    <message>
        <source>Delivery terms:</source>
        <translation>Condiții de livrare:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Valabilitate:</translation>
    </message>
    <message>
        <source>(none — catalogue prices)</source>
        <translation>(niciuna — prețuri din catalog)</translation>
    </message>
    <message>
        <source>The rates table has no rate for this pair of currencies.</source>
        <translation>Tabelul de cursuri nu are un curs pentru această pereche de monede.</translation>
    </message>
</context>
</TS>
