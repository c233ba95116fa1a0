<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompaniesView</name>
    <message numerus="yes">
        <source>Delete %n company(ies)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n company? This cannot be undone.</numerusform>
            <numerusform>Delete %n companies? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n contact? This cannot be undone.</numerusform>
            <numerusform>Delete %n contacts? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
