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
    <message>
        <source>Only a database file on this computer can be moved.</source>
        <translation>Se poate muta doar un fișier de bază de date de pe acest calculator.</translation>
    </message>
    <message>
        <source>The database is already there.</source>
        <translation>Baza de date se află deja acolo.</translation>
    </message>
    <message>
        <source>The database could not be moved: {reason}</source>
        <translation>Baza de date nu a putut fi mutată: {reason}</translation>
    </message>
</context>
</TS>
