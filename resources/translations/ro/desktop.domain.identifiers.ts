<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{value} is not a valid NIP (10 digits with a correct check digit).</source>
        <translation>{value} nu este un NIP valid (10 cifre cu cifră de control corectă).</translation>
    </message>
    <message>
        <source>{value} is not a valid REGON (9 or 14 digits with a correct check digit).</source>
        <translation>{value} nu este un REGON valid (9 sau 14 cifre cu cifră de control corectă).</translation>
    </message>
    <message>
        <source>{value} is not a valid KRS number (up to 10 digits).</source>
        <translation>{value} nu este un număr KRS valid (cel mult 10 cifre).</translation>
    </message>
    <message>
        <source>{value} is not a valid CUI/CIF (2 to 10 digits with a correct check digit).</source>
        <translation>{value} nu este un CUI/CIF valid (2–10 cifre cu cifră de control corectă).</translation>
    </message>
    <message>
        <source>{value} is not a valid e-mail address.</source>
        <translation>{value} nu este o adresă de e-mail validă.</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number (give the country prefix, e.g. +48, for foreign ones).</source>
        <translation>{value} nu este un număr de telefon valid (pentru numere din străinătate dați prefixul țării, de ex. +40).</translation>
    </message>
</context>
</TS>
