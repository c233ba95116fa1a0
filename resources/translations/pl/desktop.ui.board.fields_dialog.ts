<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>RequiredFieldsDialog</name>
    <message>
        <source>Move to “%1”</source>
        <translation>Przenieś do „%1”</translation>
    </message>
    <message>
        <source>Stage “%1” needs this information for “%2”:</source>
        <translation>Etap „%1” wymaga tych informacji dla „%2”:</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Wpisz, aby wyszukać kontakt</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Dlaczego szansa została utracona?</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Kwota w %1</translation>
    </message>
    <message>
        <source>Choose a contact from the list.</source>
        <translation>Wybierz kontakt z listy.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1: wartość musi być większa od zera.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: to pole jest wymagane.</translation>
    </message>
</context>
</TS>
