<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>A task needs a title of 1 to 200 characters.</source>
        <translation>O sarcină trebuie să aibă un titlu de 1 până la 200 de caractere.</translation>
    </message>
    <message>
        <source>Only managers can give tasks to someone else.</source>
        <translation>Doar managerii pot da sarcini altcuiva.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Această sarcină nu mai există.</translation>
    </message>
    <message>
        <source>Only the task&apos;s owner or a manager can do this.</source>
        <translation>Doar responsabilul sarcinii sau un manager poate face acest lucru.</translation>
    </message>
</context>
</TS>
