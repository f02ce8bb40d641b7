<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BodInspector</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message numerus="yes">
        <source>This workbench is limited to %n connection(s); delete one first.</source>
        <translation>
            <numerusform>This workbench is limited to %n connection; delete one first.</numerusform>
            <numerusform>This workbench is limited to %n connections; delete one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterTester</name>
    <message numerus="yes">
        <source>holds (%n found)</source>
        <translation>
            <numerusform>holds (%n found)</numerusform>
            <numerusform>holds (%n found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>does not hold (%n found)</source>
        <translation>
            <numerusform>does not hold (%n found)</numerusform>
            <numerusform>does not hold (%n found)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogReplicator</name>
    <message numerus="yes">
        <source>Cancelled after %n message(s); the next refresh continues from there.</source>
        <translation>
            <numerusform>Cancelled after %n message; the next refresh continues from there.</numerusform>
            <numerusform>Cancelled after %n messages; the next refresh continues from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) replicated.</source>
        <translation>
            <numerusform>%n message replicated.</numerusform>
            <numerusform>%n messages replicated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogViewPage</name>
    <message numerus="yes">
        <source>%n message(s) exported to %1.</source>
        <translation>
            <numerusform>%n message exported to %1.</numerusform>
            <numerusform>%n messages exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported from %1.</source>
        <translation>
            <numerusform>%n message imported from %1.</numerusform>
            <numerusform>%n messages imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResubmitDialog</name>
    <message numerus="yes">
        <source>Resubmit %n Message(s)</source>
        <translation>
            <numerusform>Resubmit %n Message</numerusform>
            <numerusform>Resubmit %n Messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from the log</source>
        <translation>
            <numerusform>%n message from the log</numerusform>
            <numerusform>%n messages from the log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Resubmitter</name>
    <message numerus="yes">
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>gave up after %n attempt: %1</numerusform>
            <numerusform>gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimBrowser</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
</TS>
