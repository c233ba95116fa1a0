<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>„{text}” nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <source>The number must be between {low} and {high}.</source>
        <translation>Liczba musi mieścić się w przedziale od {low} do {high}.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Wybrany rekord już nie istnieje.</translation>
    </message>
    <message>
        <source>This field needs text.</source>
        <translation>To pole wymaga tekstu.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be stored (control characters).</source>
        <translation>Tekst zawiera znaki, których nie można zapisać (znaki sterujące).</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>To pole nie może być puste.</translation>
    </message>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Tekst jest za długi (najwyżej {max} znaków).</translation>
    </message>
</context>
</TS>
