<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The connection to the mail server was lost: {detail}</source>
        <translation>Conexiunea cu serverul de e-mail s-a pierdut: {detail}</translation>
    </message>
</context>
</TS>
