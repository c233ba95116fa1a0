<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ProductsTab</name>
    <message>
        <source>Search by code or name…</source>
        <translation>Căutați după cod sau denumire…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Preț net</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>Cost de achiziție</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Active (offered in pickers)</source>
        <translation>Activ (oferit la alegere)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Cod:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>U.M.:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
    <message>
        <source>Net price:</source>
        <translation>Preț net:</translation>
    </message>
    <message>
        <source>Purchase cost:</source>
        <translation>Cost de achiziție:</translation>
    </message>
    <message>
        <source>VAT %:</source>
        <translation>TVA %:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produs nou</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Salvează produsul</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>buc.</translation>
    </message>
</context>
</TS>
