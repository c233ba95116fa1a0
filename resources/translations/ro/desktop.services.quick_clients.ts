<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This field can have at most {max} characters.</source>
        <translation>Acest câmp poate avea cel mult {max} caractere.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>O companie trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>A contact needs a first or last name.</source>
        <translation>Un contact trebuie să aibă un prenume sau un nume.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>„{text}” nu este un număr de telefon.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Înregistrarea aleasă nu mai există.</translation>
    </message>
</context>
</TS>
