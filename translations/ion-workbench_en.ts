<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BodInspector</name>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln problem found.</numerusform>
            <numerusform>%Ln problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message numerus="yes">
        <source>This workbench is limited to %Ln connection(s); delete one first.</source>
        <translation>
            <numerusform>This workbench is limited to %Ln connection; delete one first.</numerusform>
            <numerusform>This workbench is limited to %Ln connections; delete one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterTester</name>
    <message numerus="yes">
        <source>holds (%Ln found)</source>
        <translation>
            <numerusform>holds (%Ln found)</numerusform>
            <numerusform>holds (%Ln found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>does not hold (%Ln found)</source>
        <translation>
            <numerusform>does not hold (%Ln found)</numerusform>
            <numerusform>does not hold (%Ln found)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogReplicator</name>
    <message numerus="yes">
        <source>Cancelled after %Ln message(s); the next refresh continues from there.</source>
        <translation>
            <numerusform>Cancelled after %Ln message; the next refresh continues from there.</numerusform>
            <numerusform>Cancelled after %Ln messages; the next refresh continues from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) replicated.</source>
        <translation>
            <numerusform>%Ln message replicated.</numerusform>
            <numerusform>%Ln messages replicated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogViewPage</name>
    <message numerus="yes">
        <source>%Ln message(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln message exported to %1.</numerusform>
            <numerusform>%Ln messages exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) imported from %1.</source>
        <translation>
            <numerusform>%Ln message imported from %1.</numerusform>
            <numerusform>%Ln messages imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResubmitDialog</name>
    <message numerus="yes">
        <source>Resubmit %Ln Message(s)</source>
        <translation>
            <numerusform>Resubmit %Ln Message</numerusform>
            <numerusform>Resubmit %Ln Messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) from the log</source>
        <translation>
            <numerusform>%Ln message from the log</numerusform>
            <numerusform>%Ln messages from the log</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Resubmitter</name>
    <message numerus="yes">
        <source>gave up after %Ln attempt(s): %1</source>
        <translation>
            <numerusform>gave up after %Ln attempt: %1</numerusform>
            <numerusform>gave up after %Ln attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScimBrowser</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActivity</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) copied from the tenant&apos;s log.</source>
        <translation>
            <numerusform>%Ln message copied from the tenant&apos;s log.</numerusform>
            <numerusform>%Ln messages copied from the tenant&apos;s log.</numerusform>
        </translation>
    </message>
</context>
</TS>
