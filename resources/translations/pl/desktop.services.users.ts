<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only administrators can do this.</source>
        <translation>Tylko administratorzy mogą to zrobić.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 80 characters.</source>
        <translation>Nazwa użytkownika musi mieć od 1 do 80 znaków.</translation>
    </message>
    <message>
        <source>The user name “{name}” is taken.</source>
        <translation>Nazwa użytkownika „{name}” jest zajęta.</translation>
    </message>
    <message>
        <source>Unknown role “{role}”.</source>
        <translation>Nieznana rola „{role}”.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Błędna nazwa użytkownika lub hasło.</translation>
    </message>
</context>
</TS>
