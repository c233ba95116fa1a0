<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Calculations are switched off (deals without calculation).</source>
        <translation>Calculațiile sunt dezactivate (oportunități fără calculație).</translation>
    </message>
    <message>
        <source>This calculation no longer exists.</source>
        <translation>Această calculație nu mai există.</translation>
    </message>
    <message>
        <source>A variant needs a name of 1 to 120 characters.</source>
        <translation>O variantă trebuie să aibă un nume de 1 până la 120 de caractere.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Textul este prea lung.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nu este o dată.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
    <message>
        <source>A line needs a description of 1 to 300 characters.</source>
        <translation>Un rând trebuie să aibă o descriere de 1 până la 300 de caractere.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Acest rând nu mai există.</translation>
    </message>
</context>
</TS>
