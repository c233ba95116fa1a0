<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The number format must have 1 to 40 characters.</source>
        <translation>Formatul numărului trebuie să aibă între 1 și 40 de caractere.</translation>
    </message>
    <message>
        <source>The number format has an unbalanced brace.</source>
        <translation>Formatul numărului are o acoladă fără pereche.</translation>
    </message>
    <message>
        <source>“{{{name}}}” is not allowed in a number format; use {{year}}, {{month}}, {{seq}}.</source>
        <translation>„{{{name}}}” nu este permis într-un format de număr; folosiți {{year}}, {{month}}, {{seq}}.</translation>
    </message>
    <message>
        <source>A number in the format can be padded to at most {max} digits.</source>
        <translation>Un număr din format poate fi completat cu zerouri până la cel mult {max} cifre.</translation>
    </message>
    <message>
        <source>The number format must contain {{seq}}.</source>
        <translation>Formatul numărului trebuie să conțină {{seq}}.</translation>
    </message>
</context>
</TS>
