<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>At least %n character; a sentence you remember is best.</numerusform>
            <numerusform>At least %n characters; a sentence you remember is best.</numerusform>
        </translation>
    </message>
</context>
</TS>
