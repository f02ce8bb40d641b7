<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdvancedTab</name>
    <message>
        <source>&amp;Forget Trusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records retrieved per API call (1 to 10,000; default 1,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Basic, then form fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields (client_id, client_secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (service account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the Token URL: + &quot;as/token.oauth2&quot; and &quot;as/revoke_token.oauth2&quot; (Infor cloud convention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only certificates the system trusts are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicsTab</name>
    <message>
        <source>Set &amp;ERP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dedicated store where this connection&apos;s data is staged. Each connection has its own; an environment is never shared or reassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. ACME FSM Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication &amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection needs its own environment; once assigned it cannot be shared or reassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set ERP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERP staged in &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectTab</name>
    <message>
        <source>These values come from the .ionapi file downloaded from Infor OS (ION API &gt; Authorized Apps, a Backend Service with a service account). Import it, or drop it on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .ionapi File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Sec&amp;ret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; secrets from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a token and make an authenticated call with these values (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .ionapi File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ION API credentials (*.ionapi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From pu + ot and pu + or in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (tenant %2). Test the connection to enable Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys not used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. You can create the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Trust this certificate for this connection only?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 to %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare the fingerprint with the one your administrator or the sandbox shows. Trust only a server you know.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Connection Name on the Basics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or provision a replication environment on the Basics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection with the current values first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this connection (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the Service URL (iu + &quot;/&quot; + ti), for example https://mingle-ionapi.inforcloudsuite.com/ACME_TST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Token URL (pu from the .ionapi file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Username and Password (saak and sask from the .ionapi file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Client ID and Client Secret (ci and cs from the .ionapi file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Size must be between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Enter a Connection Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This workbench is limited to %n connection(s); delete one first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a replication environment on the Basics tab, or provision one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was saved but its secrets could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the secrets are kept until the workbench closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no secrets for this connection; import its .ionapi file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to give the secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated call (IMS ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages passed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// URLs; plain http is allowed only for the local sandbox on a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL %1, token endpoint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; TLS verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id and secret as form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token valid for %1 s, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>%1 (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&amp;New Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Create one from the .ionapi file you downloaded from Infor OS (ION API &amp;gt; Authorized Apps), or start the built-in sandbox with &lt;tt&gt;ion-workbench --demo&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its tokens are revoked and its secrets removed from the keychain. Its replication environment keeps its data but is not reassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking its token failed (%1); it expires on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentProvisioner</name>
    <message>
        <source>Enter an environment name, for example Development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment registry is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing storage in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable and not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentRegistry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication environment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; belongs to the connection &quot;%2&quot;; an environment is never shared or reassigned. Provision a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; already has the environment &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign the environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ERP can only be set on an environment that no connection uses yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentSchema</name>
    <message>
        <source>Could not write the environment&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpOutcome</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IonApiFile</name>
    <message>
        <source>&quot;%1&quot; is not an absolute URL such as https://host/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses http:// for %1; only https:// is allowed except for a loopback address (the local sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the scheme &quot;%1&quot;; use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a path relative to pu, such as token.oauth2, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes; a .ionapi file is a few hundred bytes and at most %2. Check that you picked the file downloaded from ION API &gt; Authorized Apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). A .ionapi file is one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds JSON but not an object; a .ionapi file is one JSON object with keys such as ti, ci, cs, iu, pu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing; the file must have ti, ci, cs, iu, pu, ot, saak and sask. Download it again with &quot;Create Service Account&quot; switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (no slashes or spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pu did not end with &apos;/&apos;; one was added so that pu + ot is a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or (revoke path) is missing; tokens cannot be revoked when the connection is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ci does not start with &quot;%1~&quot; as Infor client ids do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a .ionapi file is at most %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iu + &quot;/&quot; + ti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pu without its trailing &quot;as/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pu + ot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pu + or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saak (service account access key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sask (service account secret key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ION Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: secrets are kept until the workbench closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench could not reach an OS keychain (%1).

Connection secrets are kept in memory until the workbench closes and are never written to disk. Install and unlock a Secret Service (GNOME Keyring or KWallet) to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .ionapi File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ION Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ION Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ION Workbench %1&lt;/h3&gt;&lt;p&gt;Connection setup, message-log triage and flow diagnostics for Infor ION.&lt;/p&gt;&lt;p&gt;Settings: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .ionapi File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ION API credentials (*.ionapi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthSession</name>
    <message>
        <source>HTTP %1 without an OAuth error body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Provision Replication Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the environment&apos;s data is kept; choose it for data residency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ERP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosting &amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ION Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench cannot open its data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationEnvironment</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — used by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxController</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in ION sandbox on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (faults on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write .ionapi File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Sandbox .ionapi File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ION API credentials (*.ionapi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write .ionapi File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slow Answers (2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;Errors (20% 500/503/504)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dropped Connections (10%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforce &amp;Scopes (403 after a good token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpire Tokens Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Hide (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestAdvice</name>
    <message>
        <source>The host name in %1 could not be resolved. Check the Service URL (iu in the .ionapi file) and that your DNS, VPN or proxy can reach Infor&apos;s hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Check the host and port of the Service URL; for the sandbox, check that it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Check firewalls and proxies, or raise the timeout on the Advanced tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2. If you know this server (for example the local sandbox), choose &quot;Trust Certificate…&quot;; otherwise do not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Check that the URL uses https:// on a TLS port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server rejected the client (invalid_client). Check the Client ID (ci) and the Client Secret (cs): the secret may have been regenerated in ION API &gt; Authorized Apps. Download the .ionapi file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account was rejected (invalid_grant). Check the Username (saak) and the Password (sask): the service account may have been deleted or its keys regenerated. Download the .ionapi file again with &quot;Create Service Account&quot; switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may not use this grant type (unauthorized_client). The Authorized App must be a Backend Service with a service account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this grant type. Switch the grant on the Advanced tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested scope was refused (invalid_scope). Check the scopes of the Authorized App.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint does not exist (HTTP 404). Check the Token URL (pu + ot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without a token. Check the Token URL (pu + ot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused the request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was issued but the Gateway refused it even after a refresh (HTTP 401). Check that the Service URL and the Token URL belong to the same tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was issued but the call was refused (HTTP 403). Scope enforcement is probably on while the Authorized App declares no scopes, or the service account lacks the IONAPI roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gateway has no such API (HTTP 404). Check the tenant id at the end of the Service URL (iu + &quot;/&quot; + ti).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gateway&apos;s quota is used up (HTTP 429). Wait %1 s and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ION Messaging Service is unavailable (HTTP 503): the IMS document flow may be inactive, or the service is restarting. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer HTTP %1 from the ION API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
