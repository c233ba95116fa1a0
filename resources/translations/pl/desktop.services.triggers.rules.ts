<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This trigger no longer exists.</source>
        <translation>Ten wyzwalacz już nie istnieje.</translation>
    </message>
    <message>
        <source>The period must be between 1 and {max} days.</source>
        <translation>Okres musi wynosić od 1 do {max} dni.</translation>
    </message>
    <message>
        <source>Unknown trigger action.</source>
        <translation>Nieznana akcja wyzwalacza.</translation>
    </message>
    <message>
        <source>Choose the campaign.</source>
        <translation>Wybierz kampanię.</translation>
    </message>
    <message>
        <source>Choose the e-mail template.</source>
        <translation>Wybierz szablon e-mail.</translation>
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation>Wybierz inny etap tego samego procesu.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>Zadanie musi mieć tytuł.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Ten etap już nie istnieje.</translation>
    </message>
</context>
</TS>
