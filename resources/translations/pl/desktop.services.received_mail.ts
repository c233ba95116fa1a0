<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This message no longer exists or is not visible to you.</source>
        <translation>Ta wiadomość już nie istnieje albo nie jest dla Ciebie widoczna.</translation>
    </message>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Ta szansa już nie istnieje albo nie masz do niej dostępu.</translation>
    </message>
    <message>
        <source>Someone else filed this message meanwhile; the list shows it now.</source>
        <translation>Ktoś inny w międzyczasie przypisał tę wiadomość; lista już to pokazuje.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>„{address}” nie jest poprawnym adresem e-mail.</translation>
    </message>
</context>
</TS>
