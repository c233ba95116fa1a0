<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Notatka nie może być pusta.</translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation>Notatka może mieć najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Ta notatka już nie istnieje.</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; files can be at most {max} MB.</source>
        <translation>„{name}” ma {size} MB; plik może mieć najwyżej {max} MB.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Plik musi mieć nazwę.</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Ten plik już nie istnieje.</translation>
    </message>
    <message>
        <source>The stored file “{name}” is damaged.</source>
        <translation>Zapisany plik „{name}” jest uszkodzony.</translation>
    </message>
    <message>
        <source>Only managers can change the list of sources.</source>
        <translation>Tylko menedżerowie mogą zmieniać listę źródeł.</translation>
    </message>
    <message>
        <source>A source can have at most {max} characters.</source>
        <translation>Źródło może mieć najwyżej {max} znaków.</translation>
    </message>
</context>
</TS>
