<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>„{text}” nu este un număr întreg.</translation>
    </message>
    <message>
        <source>The number must be between {low} and {high}.</source>
        <translation>Numărul trebuie să fie între {low} și {high}.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Înregistrarea aleasă nu mai există.</translation>
    </message>
    <message>
        <source>This field needs text.</source>
        <translation>Acest câmp necesită text.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be stored (control characters).</source>
        <translation>Textul conține caractere care nu pot fi salvate (caractere de control).</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Acest câmp nu poate fi gol.</translation>
    </message>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Textul este prea lung (cel mult {max} caractere).</translation>
    </message>
</context>
</TS>
