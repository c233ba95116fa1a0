<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Hasło musi mieć co najmniej {min} znaków.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Hasło jest za długie.</translation>
    </message>
</context>
</TS>
