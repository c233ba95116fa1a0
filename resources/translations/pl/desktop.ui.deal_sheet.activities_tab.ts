<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>(weight %1)</source>
        <translation>(waga %1)</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Wykonano %1, %2</translation>
    </message>
    <message>
        <source>You may not perform this activity.</source>
        <translation>Nie możesz wykonać tego działania.</translation>
    </message>
    <message>
        <source>Tick what is done. * marks activities required before the deal can be won.</source>
        <translation>Zaznacz, co zostało wykonane. * oznacza działania wymagane przed wygraniem szansy.</translation>
    </message>
    <message>
        <source>This stage has no activities. Managers add them in Process → Configure process.</source>
        <translation>Ten etap nie ma działań. Menedżerowie dodają je w menu Proces → Konfiguruj proces.</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>Notatka (wymagana):</translation>
    </message>
    <message>
        <source>File for “%1”</source>
        <translation>Plik do „%1”</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Nie udało się odczytać pliku: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Po: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpTaskDialog</name>
    <message>
        <source>Follow-up task</source>
        <translation>Zadanie następcze</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Zadanie:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termin:</translation>
    </message>
</context>
</TS>
