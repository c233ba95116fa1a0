<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The mail server is not set up (Tools → Mail settings).</source>
        <translation>Serverul de e-mail nu este configurat (Instrumente → Setări e-mail).</translation>
    </message>
    <message>
        <source>A header must not contain line breaks.</source>
        <translation>Un antet nu poate conține treceri la rând nou.</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost: {detail}</source>
        <translation>Conexiunea cu serverul de e-mail s-a pierdut: {detail}</translation>
    </message>
</context>
</TS>
