<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>TermsPanel</name>
    <message>
        <source>From rates table</source>
        <translation>Z tabeli kursów</translation>
    </message>
    <message>
        <source>Take today&apos;s rate from the exchange-rate table and freeze it here</source>
        <translation>Pobierz bieżący kurs z tabeli kursów i zamroź go w tej kalkulacji</translation>
    </message>
    <message>
        <source>e.g. bank transfer, 14 days</source>
        <translation>np. przelew, 14 dni</translation>
    </message>
    <message>
        <source>e.g. delivery within 3 weeks</source>
        <translation>np. dostawa w ciągu 3 tygodni</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważna do</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <source>Rate to deal currency:</source>
        <translation>Kurs do waluty szansy:</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>Cennik:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Warunki płatności:</translation>
    </message>
    <message>
        <source>Delivery terms:</source>
        <translation>Warunki dostawy:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Ważność:</translation>
    </message>
    <message>
        <source>(none — catalogue prices)</source>
        <translation>(brak — ceny z katalogu)</translation>
    </message>
    <message>
        <source>The rates table has no rate for this pair of currencies.</source>
        <translation>W tabeli kursów nie ma kursu dla tej pary walut.</translation>
    </message>
</context>
</TS>
