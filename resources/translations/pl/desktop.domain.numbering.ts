<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The number format must have 1 to 40 characters.</source>
        <translation>Format numeru musi mieć od 1 do 40 znaków.</translation>
    </message>
    <message>
        <source>The number format has an unbalanced brace.</source>
        <translation>W formacie numeru brakuje nawiasu klamrowego.</translation>
    </message>
    <message>
        <source>“{{{name}}}” is not allowed in a number format; use {{year}}, {{month}}, {{seq}}.</source>
        <translation>„{{{name}}}” nie jest dozwolone w formacie numeru; użyj {{year}}, {{month}}, {{seq}}.</translation>
    </message>
    <message>
        <source>A number in the format can be padded to at most {max} digits.</source>
        <translation>Liczbę w formacie można uzupełnić zerami najwyżej do {max} cyfr.</translation>
    </message>
    <message>
        <source>The number format must contain {{seq}}.</source>
        <translation>Format numeru musi zawierać {{seq}}.</translation>
    </message>
</context>
</TS>
