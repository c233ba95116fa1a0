<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>StageTriggersWidget</name>
    <message>
        <source>Every</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source> day(s) in the stage</source>
        <translation> dni na etapie</translation>
    </message>
    <message>
        <source>Task title, e.g. Call the client again</source>
        <translation>Tytuł zadania, np. Zadzwoń ponownie do klienta</translation>
    </message>
    <message>
        <source>The owner and all managers get a notification.</source>
        <translation>Opiekun i wszyscy menedżerowie dostaną powiadomienie.</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Dodaj wyzwalacz</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Po:</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>Wykonaj:</translation>
    </message>
    <message>
        <source>Triggers of “%1”</source>
        <translation>Wyzwalacze etapu „%1”</translation>
    </message>
    <message>
        <source>Recent firings:</source>
        <translation>Ostatnie uruchomienia:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Usuń wyzwalacz</translation>
    </message>
    <message>
        <source>Delete this trigger?</source>
        <translation>Usunąć ten wyzwalacz?</translation>
    </message>
</context>
<context>
    <name>TriggerLog</name>
    <message>
        <source>fired</source>
        <translation>uruchomiony</translation>
    </message>
    <message>
        <source>skipped (app was closed)</source>
        <translation>pominięty (aplikacja była zamknięta)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>błąd</translation>
    </message>
</context>
<context>
    <name>TriggersDialog</name>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
</context>
</TS>
