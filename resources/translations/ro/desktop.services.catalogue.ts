<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Only managers and administrators can change the catalogue.</source>
        <translation>Doar managerii și administratorii pot modifica catalogul.</translation>
    </message>
    <message>
        <source>This text must have 1 to {max} characters.</source>
        <translation>Acest text trebuie să aibă între 1 și {max} caractere.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Acest produs nu mai există.</translation>
    </message>
    <message>
        <source>A product with code “{code}” already exists.</source>
        <translation>Există deja un produs cu codul „{code}”.</translation>
    </message>
    <message>
        <source>A price list named “{name}” already exists.</source>
        <translation>Există deja o listă de prețuri numită „{name}”.</translation>
    </message>
    <message>
        <source>This price list no longer exists.</source>
        <translation>Această listă de prețuri nu mai există.</translation>
    </message>
</context>
</TS>
