<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>MailStateLabel</name>
    <message>
        <source>Mail: no password on this computer</source>
        <translation>E-mail: nicio parolă pe acest calculator</translation>
    </message>
    <message>
        <source>This computer has no password for the mailbox, so it does not fetch mail itself; copies of Etap that have it do. Enter it in Tools → Mail settings to fetch mail here too.</source>
        <translation>Acest calculator nu are parola căsuței de e-mail, deci nu preia singur mesajele; o fac copiile Etap care o au. Introduceți-o în Instrumente → Setări e-mail pentru a prelua mesajele și aici.</translation>
    </message>
    <message>
        <source>Mail: being checked on another computer</source>
        <translation>E-mail: se verifică pe alt calculator</translation>
    </message>
    <message>
        <source>Another copy of Etap was checking the mailbox, so this one skipped its check.</source>
        <translation>O altă copie Etap verifica deja căsuța de e-mail, așa că aceasta și-a omis verificarea.</translation>
    </message>
    <message>
        <source>Mail: checked %1</source>
        <translation>E-mail: verificat %1</translation>
    </message>
    <message>
        <source>Mail: the last check failed</source>
        <translation>E-mail: ultima verificare a eșuat</translation>
    </message>
    <message>
        <source>No copy of Etap has checked the mailbox yet.</source>
        <translation>Nicio copie Etap nu a verificat încă căsuța de e-mail.</translation>
    </message>
    <message>
        <source>Last check: %1 on %2 for %3</source>
        <translation>Ultima verificare: %1 pe calculatorul %2 pentru %3</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>A eșuat: %1</translation>
    </message>
</context>
</TS>
