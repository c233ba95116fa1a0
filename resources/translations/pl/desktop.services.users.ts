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
        <source>This user no longer exists.</source>
        <translation>Ten użytkownik już nie istnieje.</translation>
    </message>
    <message>
        <source>There is no user “{name}”.</source>
        <translation>Nie ma użytkownika „{name}”.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>Ta baza ma już administratora. Zaloguj się.</translation>
    </message>
    <message>
        <source>The user name “{name}” is taken.</source>
        <translation>Nazwa użytkownika „{name}” jest zajęta.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Nie możesz dezaktywować samego siebie.</translation>
    </message>
    <message>
        <source>Choose an active user to hand the deals to.</source>
        <translation>Wybierz aktywnego użytkownika, któremu przekazać szanse.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Obecne hasło jest błędne.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in {seconds} s.</source>
        <translation>Zbyt wiele nieudanych logowań. Spróbuj ponownie za {seconds} s.</translation>
    </message>
    <message>
        <source>Someone else changed this user in the meantime. Look again and repeat.</source>
        <translation>Ktoś inny zmienił w międzyczasie tego użytkownika. Sprawdź dane i powtórz.</translation>
    </message>
    <message>
        <source>There must be at least one active administrator.</source>
        <translation>Musi zostać co najmniej jeden aktywny administrator.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 80 characters without spaces.</source>
        <translation>Nazwa użytkownika musi mieć od 1 do 80 znaków, bez spacji.</translation>
    </message>
    <message>
        <source>A name needs 1 to 120 characters.</source>
        <translation>Imię i nazwisko musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>The signature is too long.</source>
        <translation>Podpis jest za długi.</translation>
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
