<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Textul este prea lung (cel mult {max} caractere).</translation>
    </message>
    <message>
        <source>At most {max} additional entries are allowed.</source>
        <translation>Sunt permise cel mult {max} intrări suplimentare.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nu este o dată.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Înregistrarea aleasă nu mai există.</translation>
    </message>
    <message>
        <source>{value} is not a web address.</source>
        <translation>{value} nu este o adresă web.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>Un contact are nevoie de prenume sau nume.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>O companie trebuie să aibă un nume.</translation>
    </message>
</context>
</TS>
