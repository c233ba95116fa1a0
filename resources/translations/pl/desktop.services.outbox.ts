<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The mail server is not set up (Tools → Mail settings).</source>
        <translation>Serwer poczty nie jest skonfigurowany (Narzędzia → Ustawienia poczty).</translation>
    </message>
    <message>
        <source>A header must not contain line breaks.</source>
        <translation>Nagłówek nie może zawierać podziałów wiersza.</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost: {detail}</source>
        <translation>Utracono połączenie z serwerem poczty: {detail}</translation>
    </message>
</context>
</TS>
