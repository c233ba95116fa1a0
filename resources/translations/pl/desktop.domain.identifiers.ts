<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>{value} is not a valid NIP (10 digits with a correct check digit).</source>
        <translation>{value} nie jest poprawnym NIP-em (10 cyfr z poprawną cyfrą kontrolną).</translation>
    </message>
    <message>
        <source>{value} is not a valid REGON (9 or 14 digits with a correct check digit).</source>
        <translation>{value} nie jest poprawnym numerem REGON (9 lub 14 cyfr z poprawną cyfrą kontrolną).</translation>
    </message>
    <message>
        <source>{value} is not a valid KRS number (up to 10 digits).</source>
        <translation>{value} nie jest poprawnym numerem KRS (najwyżej 10 cyfr).</translation>
    </message>
    <message>
        <source>{value} is not a valid CUI/CIF (2 to 10 digits with a correct check digit).</source>
        <translation>{value} nie jest poprawnym numerem CUI/CIF (od 2 do 10 cyfr z poprawną cyfrą kontrolną).</translation>
    </message>
    <message>
        <source>{value} is not a valid e-mail address.</source>
        <translation>{value} nie jest poprawnym adresem e-mail.</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number (give the country prefix, e.g. +48, for foreign ones).</source>
        <translation>{value} nie jest poprawnym numerem telefonu (dla numerów zagranicznych podaj prefiks kraju, np. +48).</translation>
    </message>
</context>
</TS>
