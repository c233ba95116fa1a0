<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The backup could not be made: {reason}</source>
        <translation>Copia de siguranță nu a putut fi făcută: {reason}</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: {reason}</source>
        <translation>Această copie de siguranță este deteriorată și nu poate fi restaurată: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>Copia de siguranță nu a putut fi restaurată: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file.</source>
        <translation>{path} există deja; alegeți un fișier nou.</translation>
    </message>
</context>
</TS>
