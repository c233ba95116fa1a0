<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mój profil</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Nowy użytkownik</translation>
    </message>
    <message>
        <source>Added under your e-mails, e.g. name, position, phone</source>
        <translation>Dodawany pod Twoimi wiadomościami, np. imię i nazwisko, stanowisko, telefon</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Co najmniej %n znak.</numerusform>
            <numerusform>Co najmniej %n znaki.</numerusform>
            <numerusform>Co najmniej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Podpis:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Ustaw &amp;hasło…</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(nieaktywny)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Dezaktywuj…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktywuj ponownie</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Zmień moje &amp;hasło…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>inactive: cannot sign in</source>
        <translation>nieaktywny: nie może się logować</translation>
    </message>
    <message>
        <source>active, no password yet (cannot sign in to a team database)</source>
        <translation>aktywny, jeszcze bez hasła (nie zaloguje się do bazy zespołu)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation>Dezaktywować: %1? Ta osoba nie będzie mogła się logować.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Dezaktywacja użytkownika</translation>
    </message>
    <message>
        <source>Keep them with %1</source>
        <translation>Zostaw u: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n deal(s). Hand them to:</source>
        <translation>
            <numerusform>%1 jest opiekunem %n szansy. Przekaż ją:</numerusform>
            <numerusform>%1 jest opiekunem %n szans. Przekaż je:</numerusform>
            <numerusform>%1 jest opiekunem %n szans. Przekaż je:</numerusform>
        </translation>
    </message>
</context>
</TS>
