<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A campaign needs a name of 1 to 120 characters.</source>
        <translation>O campanie trebuie să aibă un nume de 1 până la 120 de caractere.</translation>
    </message>
    <message>
        <source>A campaign named “{name}” already exists.</source>
        <translation>Există deja o campanie numită „{name}”.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Această campanie nu mai există.</translation>
    </message>
</context>
</TS>
