<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actor</name>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
</context>
<context>
    <name>AdvancedTab</name>
    <message>
        <source>&amp;Forget Trusted Certificate</source>
        <translation>&amp;Vertrauenswürdiges Zertifikat vergessen</translation>
    </message>
    <message>
        <source>Records retrieved per API call (1 to 10,000; default 1,000).</source>
        <translation>Datensätze pro API-Aufruf (1 bis 10.000; Standard 1.000).</translation>
    </message>
    <message>
        <source>Automatic (Basic, then form fields)</source>
        <translation>Automatisch (Basic, dann Formularfelder)</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Form fields (client_id, client_secret)</source>
        <translation>Formularfelder (client_id, client_secret)</translation>
    </message>
    <message>
        <source>Password (service account)</source>
        <translation>Passwort (Dienstkonto)</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Batch Size:</source>
        <translation>&amp;Stapelgröße:</translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation>Token-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Revoke endpoint:</source>
        <translation>&amp;Widerrufs-Endpunkt:</translation>
    </message>
    <message>
        <source>Client &amp;authentication:</source>
        <translation>Client-&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Grant:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Von Hand eingegeben</translation>
    </message>
    <message>
        <source>Derived from the Token URL: + &quot;as/token.oauth2&quot; and &quot;as/revoke_token.oauth2&quot; (Infor cloud convention)</source>
        <translation>Aus der Token-URL abgeleitet: + „as/token.oauth2“ und „as/revoke_token.oauth2“ (Konvention der Infor Cloud)</translation>
    </message>
    <message>
        <source>None: only certificates the system trusts are accepted.</source>
        <translation>Keines: nur Zertifikate, denen das System vertraut, werden angenommen.</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Records fetched per call while the message log is replicated (1 to 10,000). Larger batches are faster; smaller ones keep each call well inside the gateway&apos;s timeout.</source>
        <translation>Datensätze pro Aufruf beim Replizieren des Nachrichtenprotokolls (1 bis 10.000). Größere Stapel sind schneller; kleinere halten jeden Aufruf sicher innerhalb des Zeitlimits des Gateways.</translation>
    </message>
    <message>
        <source>Where tokens are requested: the Token URL (pu) plus ot from the .ionapi file. Filled from the Token URL; change it only for a gateway with another path.</source>
        <translation>Wo Token angefordert werden: die Token-URL (pu) plus ot aus der .ionapi-Datei. Wird aus der Token-URL gefüllt; ändern Sie es nur für ein Gateway mit einem anderen Pfad.</translation>
    </message>
    <message>
        <source>Where tokens are revoked (pu plus or): when the connection is deleted, its tokens end here.</source>
        <translation>Wo Token widerrufen werden (pu plus or): Wird die Verbindung gelöscht, enden ihre Token hier.</translation>
    </message>
    <message>
        <source>How the client id and secret travel with a token request. Automatic tries HTTP Basic first and form fields after an invalid_client answer; pick one if your gateway refuses the other.</source>
        <translation>Wie Client-ID und Client-Geheimnis mit einer Token-Anfrage übertragen werden. Automatisch versucht zuerst HTTP Basic und nach einer Antwort invalid_client Formularfelder; wählen Sie eines, wenn Ihr Gateway das andere ablehnt.</translation>
    </message>
    <message>
        <source>Password: the workbench signs in as the service account (saak and sask) of a Backend Service. Client credentials: the authorized app signs in as itself.</source>
        <translation>Passwort: Die Workbench meldet sich als Dienstkonto (saak und sask) eines Backend Service an. Client-Anmeldedaten: Die autorisierte App meldet sich selbst an.</translation>
    </message>
    <message>
        <source>How long one call may take. A call that times out is retried when that is safe and reported as transient: the server may still have done it.</source>
        <translation>Wie lange ein Aufruf dauern darf. Ein Aufruf mit Zeitüberschreitung wird wiederholt, wenn das sicher ist, und als vorübergehend gemeldet: Der Server hat ihn vielleicht trotzdem ausgeführt.</translation>
    </message>
    <message>
        <source>A certificate you chose to trust for this connection (a proxy or a private gateway). Without one, TLS is verified against the system&apos;s certificates.</source>
        <translation>Ein Zertifikat, dem Sie für diese Verbindung ausdrücklich vertrauen (ein Proxy oder ein privates Gateway). Ohne eines wird TLS gegen die Zertifikate des Systems geprüft.</translation>
    </message>
</context>
<context>
    <name>BasicsTab</name>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>The dedicated store where this connection&apos;s data is staged. Each connection has its own; an environment is never shared or reassigned.</source>
        <translation>Der eigene Speicher, in dem die Daten dieser Verbindung bereitgestellt werden. Jede Verbindung hat ihren eigenen; eine Umgebung wird nie geteilt oder neu zugewiesen.</translation>
    </message>
    <message>
        <source>Required, e.g. ACME FSM Test</source>
        <translation>Pflichtfeld, z. B. ACME FSM Test</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Replication &amp;Environment:</source>
        <translation>Replikations&amp;umgebung:</translation>
    </message>
    <message>
        <source>Each connection needs its own environment; once assigned it cannot be shared or reassigned.</source>
        <translation>Jede Verbindung braucht eine eigene Umgebung; einmal zugewiesen, kann sie weder geteilt noch neu zugewiesen werden.</translation>
    </message>
    <message>
        <source>Connection &amp;Name:</source>
        <translation>Verbindungs&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Set ERP</source>
        <translation>ERP festlegen</translation>
    </message>
    <message>
        <source>ERP staged in &quot;%1&quot;:</source>
        <translation>ERP in „%1“:</translation>
    </message>
    <message>
        <source>Set E&amp;RP…</source>
        <translation>E&amp;RP festlegen…</translation>
    </message>
    <message>
        <source>None free: provision one</source>
        <translation>Keine frei: eine bereitstellen</translation>
    </message>
    <message>
        <source>Choose an environment</source>
        <translation>Eine Umgebung wählen</translation>
    </message>
    <message>
        <source>Every environment belongs to another connection. Click Provision… to make one for this connection.</source>
        <translation>Jede Umgebung gehört einer anderen Verbindung. Klicken Sie auf Bereitstellen…, um eine für diese Verbindung anzulegen.</translation>
    </message>
    <message>
        <source>Where this connection&apos;s replicated message log, resubmission journal and routing model are kept. Each connection has its own; an environment is never shared with or given to another connection. Provision… makes a new one.</source>
        <translation>Wo das replizierte Nachrichtenprotokoll, das Journal der erneuten Sendungen und das Routing-Modell dieser Verbindung liegen. Jede Verbindung hat ihre eigene; eine Umgebung wird nie mit einer anderen Verbindung geteilt oder ihr gegeben. Bereitstellen… legt eine neue an.</translation>
    </message>
    <message>
        <source>Names the application (ERP) whose documents this environment holds, for example M3 or FSM.</source>
        <translation>Benennt die Anwendung (ERP), deren Dokumente diese Umgebung enthält, zum Beispiel M3 oder FSM.</translation>
    </message>
    <message>
        <source>Makes a new replication environment for this connection, in the region you choose.</source>
        <translation>Legt eine neue Replikationsumgebung für diese Verbindung an, in der Region Ihrer Wahl.</translation>
    </message>
    <message>
        <source>How the connection is listed. It must be unique; the keychain entry keeps following it when it is renamed.</source>
        <translation>Wie die Verbindung aufgeführt wird. Der Name muss eindeutig sein; der Schlüsselbundeintrag folgt ihm beim Umbenennen.</translation>
    </message>
    <message>
        <source>Free text for you and your colleagues: which tenant, what it is for.</source>
        <translation>Freier Text für Sie und Ihre Kollegen: welcher Mandant, wofür.</translation>
    </message>
</context>
<context>
    <name>BatchClaim</name>
    <message>
        <source>%1@%2 (process %3)</source>
        <translation>%1@%2 (Prozess %3)</translation>
    </message>
    <message>
        <source>%1 is sending this batch (heard from %2 s ago)</source>
        <translation>%1 sendet diesen Stapel (zuletzt vor %2 s gemeldet)</translation>
    </message>
</context>
<context>
    <name>BodInspector</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Valid BOD, %1 elements.</source>
        <translation>Gültiges BOD, %1 Elemente.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found.</source>
        <translation>
            <numerusform>%Ln Problem gefunden.</numerusform>
            <numerusform>%Ln Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading… %1%</source>
        <translation>Wird geladen… %1%</translation>
    </message>
    <message>
        <source>Reading %1 MB…</source>
        <translation>%1 MB werden gelesen…</translation>
    </message>
    <message>
        <source>This document is encoded as %1, which cannot be edited here; it can be resubmitted as it is.</source>
        <translation>Dieses Dokument ist als %1 kodiert, das hier nicht bearbeitet werden kann; es kann unverändert erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Editing the document as it came (%1): lines you do not change are sent byte for byte. Problems are checked as you type; Ctrl+Z undoes.</source>
        <translation>Das Dokument wird so bearbeitet, wie es kam (%1): Zeilen, die Sie nicht ändern, werden Byte für Byte gesendet. Probleme werden beim Tippen geprüft; Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Chan&amp;ges…</source>
        <translation>Änderun&amp;gen…</translation>
    </message>
    <message>
        <source>Changes Against the Original</source>
        <translation>Änderungen gegenüber dem Original</translation>
    </message>
    <message>
        <source>Only these lines are sent differently; every other line keeps its bytes.</source>
        <translation>Nur diese Zeilen werden anders gesendet; jede andere Zeile behält ihre Bytes.</translation>
    </message>
    <message>
        <source>“%1” is not in the document.</source>
        <translation>„%1“ kommt im Dokument nicht vor.</translation>
    </message>
    <message>
        <source>Editing the document as it came (%1): double-click a line, or press F2, to change it; Enter keeps it, Escape drops it, Ctrl+Z undoes. Every other line is sent byte for byte.</source>
        <translation>Das Dokument wird so bearbeitet, wie es kam (%1): Doppelklicken Sie eine Zeile oder drücken Sie F2, um sie zu ändern; Eingabe übernimmt, Escape verwirft, Strg+Z macht rückgängig. Jede andere Zeile wird Byte für Byte gesendet.</translation>
    </message>
    <message>
        <source>This large document is written on very long lines (or encoded as %1), so it is shown re-indented and cannot be edited here; it can be resubmitted as it is.</source>
        <translation>Dieses große Dokument steht in sehr langen Zeilen (oder ist als %1 kodiert); es wird neu eingerückt gezeigt und kann hier nicht bearbeitet werden. Es kann so, wie es ist, erneut gesendet werden.</translation>
    </message>
</context>
<context>
    <name>BodOverview</name>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>BODID</source>
        <translation>BODID</translation>
    </message>
    <message>
        <source>Business key</source>
        <translation>Geschäftsschlüssel</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Accounting entity</source>
        <translation>Buchungskreis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Aktionscode</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>BodParser</name>
    <message>
        <source>The root element is in the namespace &quot;%1&quot;; a BOD uses &quot;%2&quot;.</source>
        <translation>Das Wurzelelement liegt im Namensraum „%1“; ein BOD verwendet „%2“.</translation>
    </message>
    <message>
        <source>ApplicationArea is missing.</source>
        <translation>ApplicationArea fehlt.</translation>
    </message>
    <message>
        <source>DataArea is missing.</source>
        <translation>DataArea fehlt.</translation>
    </message>
    <message>
        <source>ApplicationArea/Sender/LogicalID is missing.</source>
        <translation>ApplicationArea/Sender/LogicalID fehlt.</translation>
    </message>
    <message>
        <source>ApplicationArea/CreationDateTime is missing.</source>
        <translation>ApplicationArea/CreationDateTime fehlt.</translation>
    </message>
    <message>
        <source>ApplicationArea/BODID is missing.</source>
        <translation>ApplicationArea/BODID fehlt.</translation>
    </message>
    <message>
        <source>The sender logical id &quot;%1&quot; does not start with lid://.</source>
        <translation>Die logische ID des Absenders „%1“ beginnt nicht mit lid://.</translation>
    </message>
    <message>
        <source>The sender logical id &quot;%1&quot; is not of the form lid://infor.&lt;type&gt;.&lt;name&gt;.</source>
        <translation>Die logische ID des Absenders „%1“ hat nicht die Form lid://infor.&lt;typ&gt;.&lt;name&gt;.</translation>
    </message>
    <message>
        <source>CreationDateTime &quot;%1&quot; is not an ISO 8601 date and time.</source>
        <translation>CreationDateTime „%1“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>DataArea holds no verb element (Sync, Process, …).</source>
        <translation>DataArea enthält kein Verb-Element (Sync, Process, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known OAGIS verb.</source>
        <translation>„%1“ ist kein bekanntes OAGIS-Verb.</translation>
    </message>
    <message>
        <source>DataArea holds no noun after the %1 element.</source>
        <translation>DataArea enthält nach dem Element %1 kein Nomen.</translation>
    </message>
    <message>
        <source>DataArea mixes noun types (%1 and %2); a BOD carries instances of one noun.</source>
        <translation>DataArea mischt Nomentypen (%1 und %2); ein BOD enthält Instanzen eines einzigen Nomens.</translation>
    </message>
    <message>
        <source>The root element is %1 but DataArea holds %2 and %3: it should be %2%3.</source>
        <translation>Das Wurzelelement ist %1, DataArea enthält aber %2 und %3: Es müsste %2%3 heißen.</translation>
    </message>
    <message>
        <source>The action code &quot;%1&quot; is not allowed for %2 (allowed: %3).</source>
        <translation>Der Aktionscode „%1“ ist für %2 nicht erlaubt (erlaubt: %3).</translation>
    </message>
    <message>
        <source>The document is %1 bytes; the limit here is %2.</source>
        <translation>Das Dokument hat %1 Bytes; die Grenze liegt hier bei %2.</translation>
    </message>
    <message>
        <source>The document declares a DOCTYPE. BODs never do, and a DOCTYPE can hide entity expansion (an &quot;XML bomb&quot;) or external entities; it is not read.</source>
        <translation>Das Dokument deklariert einen DOCTYPE. BODs tun das nie, und ein DOCTYPE kann Entity-Expansion (eine „XML-Bombe“) oder externe Entities verbergen; es wird nicht gelesen.</translation>
    </message>
    <message>
        <source>Elements are nested more than %1 deep.</source>
        <translation>Die Elemente sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The document refers to the undeclared entity &amp;%1;.</source>
        <translation>Das Dokument verweist auf die nicht deklarierte Entity &amp;%1;.</translation>
    </message>
    <message>
        <source>Not well-formed XML: %1.</source>
        <translation>Kein wohlgeformtes XML: %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The %1 has no business key (DocumentID/ID, PartyIDs/ID or ItemID/ID): resubmissions cannot be checked for duplicates.</source>
        <translation>%1 hat keinen Geschäftsschlüssel (DocumentID/ID, PartyIDs/ID oder ItemID/ID): erneute Sendungen können nicht auf Duplikate geprüft werden.</translation>
    </message>
</context>
<context>
    <name>ConnectTab</name>
    <message>
        <source>&amp;Import .ionapi File…</source>
        <translation>.ionapi-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Service URL:</source>
        <translation>&amp;Service-URL:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client Sec&amp;ret:</source>
        <translation>Client-Gehei&amp;mnis:</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Von Hand eingegeben</translation>
    </message>
    <message>
        <source>From %1 in %2</source>
        <translation>Aus %1 in %2</translation>
    </message>
    <message>
        <source>From the built-in sandbox</source>
        <translation>Aus der eingebauten Sandbox</translation>
    </message>
    <message>
        <source>Saved; secrets from the keychain</source>
        <translation>Gespeichert; Geheimnisse aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>These values come from the .ionapi file downloaded from Infor OS (ION API &gt; Authorized Apps: a Backend Service with a service account, or an app with the Client Credentials grant). Import it, or drop it on this window.</source>
        <translation>Diese Werte stammen aus der .ionapi-Datei, die aus Infor OS heruntergeladen wurde (ION API &gt; Authorized Apps: ein Backend Service mit Dienstkonto oder eine App mit dem Grant-Typ Client Credentials). Importieren Sie sie oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>No Username and Password: this app signs in as itself (the client credentials grant), because its .ionapi file has no service account (saak, sask). The grant can be changed on the Advanced tab.</source>
        <translation>Kein Benutzername und kein Passwort: Diese App meldet sich selbst an (Grant client credentials), weil ihre .ionapi-Datei kein Dienstkonto (saak, sask) enthält. Der Grant lässt sich auf dem Reiter Erweitert ändern.</translation>
    </message>
    <message>
        <source>Import the .ionapi file downloaded from Infor OS (Ctrl+O)</source>
        <translation>Die aus Infor OS heruntergeladene .ionapi-Datei importieren (Strg+O)</translation>
    </message>
    <message>
        <source>The ION API Gateway with your tenant: iu and ti of the .ionapi file, for example https://mingle-ionapi.inforcloudsuite.com/ACME_TST. Every API call starts here.</source>
        <translation>Das ION API Gateway mit Ihrem Mandanten: iu und ti der .ionapi-Datei, zum Beispiel https://mingle-ionapi.inforcloudsuite.com/ACME_TST. Jeder API-Aufruf beginnt hier.</translation>
    </message>
    <message>
        <source>Infor OS&apos;s sign-in service for the tenant: pu of the .ionapi file. Tokens are requested from it plus ot (see the Advanced tab).</source>
        <translation>Der Anmeldedienst von Infor OS für den Mandanten: pu der .ionapi-Datei. Token werden dort plus ot angefordert (siehe Reiter Erweitert).</translation>
    </message>
    <message>
        <source>The service account&apos;s access key (saak), in the .ionapi file of a Backend Service. Kept in the OS keychain.</source>
        <translation>Der Zugriffsschlüssel des Dienstkontos (saak) aus der .ionapi-Datei eines Backend Service. Liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The service account&apos;s secret key (sask). Kept in the OS keychain, never in settings or logs.</source>
        <translation>Der geheime Schlüssel des Dienstkontos (sask). Liegt im Schlüsselbund des Systems, nie in Einstellungen oder Protokollen.</translation>
    </message>
    <message>
        <source>Identifies the authorized app in Infor OS (ci). Kept in the OS keychain.</source>
        <translation>Bezeichnet die autorisierte App in Infor OS (ci). Liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The authorized app&apos;s secret (cs). Kept in the OS keychain; Ctrl+Shift+R shows or hides every secret.</source>
        <translation>Das Geheimnis der autorisierten App (cs). Liegt im Schlüsselbund des Systems; Strg+Umschalt+R zeigt oder verbirgt alle Geheimnisse.</translation>
    </message>
    <message>
        <source>Reads the .ionapi file downloaded from Infor OS (ION API &gt; Authorized Apps) and fills every field, saying which key each value came from.</source>
        <translation>Liest die aus Infor OS heruntergeladene .ionapi-Datei (ION API &gt; Authorized Apps) und füllt jedes Feld; zu jedem Wert steht, aus welchem Schlüssel er stammt.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Trust &amp;Certificate…</source>
        <translation>&amp;Zertifikat vertrauen…</translation>
    </message>
    <message>
        <source>C&amp;reate Connection</source>
        <translation>Verbindung &amp;anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Get a token and make an authenticated call with these values (Ctrl+T)</source>
        <translation>Mit diesen Werten ein Token holen und einen authentifizierten Aufruf machen (Strg+T)</translation>
    </message>
    <message>
        <source>Saved with the connection</source>
        <translation>Mit der Verbindung gespeichert</translation>
    </message>
    <message>
        <source>Sa&amp;ve Connection</source>
        <translation>Verbindung &amp;speichern</translation>
    </message>
    <message>
        <source>Import .ionapi File</source>
        <translation>.ionapi-Datei importieren</translation>
    </message>
    <message>
        <source>ION API credentials (*.ionapi);;All files (*)</source>
        <translation>ION-API-Anmeldedaten (*.ionapi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>From pu + ot and pu + or in %1</source>
        <translation>Aus pu + ot und pu + or in %1</translation>
    </message>
    <message>
        <source>Imported %1 (tenant %2). Test the connection to enable Create.</source>
        <translation>%1 importiert (Mandant %2). Testen Sie die Verbindung, um „Anlegen“ freizuschalten.</translation>
    </message>
    <message>
        <source>Keys not used: %1.</source>
        <translation>Nicht verwendete Schlüssel: %1.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>%1. You can create the connection.</source>
        <translation>%1. Sie können die Verbindung anlegen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Trust this certificate for this connection only?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %3 to %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare the fingerprint with the one your administrator or the sandbox shows. Trust only a server you know.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diesem Zertifikat nur für diese Verbindung vertrauen?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inhaber:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Aussteller:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Gültig:&lt;/b&gt; %3 bis %4&lt;br&gt;&lt;b&gt;SHA-256:&lt;/b&gt; &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie den Fingerabdruck mit dem, den Ihr Administrator oder die Sandbox anzeigt. Vertrauen Sie nur einem Server, den Sie kennen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust Certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <source>Enter a Connection Name on the Basics tab.</source>
        <translation>Geben Sie auf der Registerkarte „Grundlagen“ einen Verbindungsnamen ein.</translation>
    </message>
    <message>
        <source>Choose or provision a replication environment on the Basics tab.</source>
        <translation>Wählen Sie auf der Registerkarte „Grundlagen“ eine Replikationsumgebung oder stellen Sie eine bereit.</translation>
    </message>
    <message>
        <source>Test the connection with the current values first.</source>
        <translation>Testen Sie die Verbindung zuerst mit den aktuellen Werten.</translation>
    </message>
    <message>
        <source>Save this connection (Ctrl+Return)</source>
        <translation>Diese Verbindung speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Stop Test</source>
        <translation>Test &amp;anhalten</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the Service URL (iu + &quot;/&quot; + ti), for example https://mingle-ionapi.inforcloudsuite.com/ACME_TST.</source>
        <translation>Geben Sie die Service-URL ein (iu + &quot;/&quot; + ti), zum Beispiel https://mingle-ionapi.inforcloudsuite.com/ACME_TST.</translation>
    </message>
    <message>
        <source>Enter the Token URL (pu from the .ionapi file).</source>
        <translation>Geben Sie die Token-URL ein (pu aus der .ionapi-Datei).</translation>
    </message>
    <message>
        <source>Enter the Client ID and Client Secret (ci and cs from the .ionapi file).</source>
        <translation>Geben Sie Client-ID und Client-Geheimnis ein (ci und cs aus der .ionapi-Datei).</translation>
    </message>
    <message>
        <source>Batch Size must be between 1 and 10000.</source>
        <translation>Die Stapelgröße muss zwischen 1 und 10000 liegen.</translation>
    </message>
    <message>
        <source>Enter the Username and Password (saak and sask from the .ionapi file), or choose the Client credentials grant on the Advanced tab for an app without a service account.</source>
        <translation>Geben Sie Benutzername und Passwort ein (saak und sask aus der .ionapi-Datei) oder wählen Sie für eine App ohne Dienstkonto auf dem Reiter Erweitert den Grant Client credentials.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Enter a Connection Name.</source>
        <translation>Geben Sie einen Verbindungsnamen ein.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message numerus="yes">
        <source>This workbench is limited to %Ln connection(s); delete one first.</source>
        <translation>
            <numerusform>Diese Workbench ist auf %Ln Verbindung begrenzt; löschen Sie zuerst eine.</numerusform>
            <numerusform>Diese Workbench ist auf %Ln Verbindungen begrenzt; löschen Sie zuerst eine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a replication environment on the Basics tab, or provision one.</source>
        <translation>Wählen Sie auf der Registerkarte „Grundlagen“ eine Replikationsumgebung oder stellen Sie eine bereit.</translation>
    </message>
    <message>
        <source>The connection was saved but its secrets could not be stored in the keychain: %1</source>
        <translation>Die Verbindung wurde gespeichert, aber ihre Geheimnisse konnten nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>No keychain is available: the secrets are kept until the workbench closes.</source>
        <translation>Kein Schlüsselbund verfügbar: Die Geheimnisse bleiben nur bis zum Schließen der Workbench erhalten.</translation>
    </message>
    <message>
        <source>The keychain has no secrets for this connection; import its .ionapi file again.</source>
        <translation>Der Schlüsselbund enthält keine Geheimnisse für diese Verbindung; importieren Sie ihre .ionapi-Datei erneut.</translation>
    </message>
    <message>
        <source>The keychain refused to give the secrets: %1</source>
        <translation>Der Schlüsselbund hat die Geheimnisse verweigert: %1</translation>
    </message>
    <message>
        <source>No such connection.</source>
        <translation>Diese Verbindung gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ConnectionTestModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Network and TLS</source>
        <translation>Netzwerk und TLS</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>OAuth-Token</translation>
    </message>
    <message>
        <source>Authenticated call (IMS ping)</source>
        <translation>Authentifizierter Aufruf (IMS-Ping)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>All stages passed in %1 ms</source>
        <translation>Alle Schritte in %1 ms bestanden</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Incomplete connection</source>
        <translation>Unvollständige Verbindung</translation>
    </message>
    <message>
        <source>%1 is not https</source>
        <translation>%1 ist nicht https</translation>
    </message>
    <message>
        <source>Use https:// URLs; plain http is allowed only for the local sandbox on a loopback address.</source>
        <translation>Verwenden Sie https://-URLs; einfaches http ist nur für die lokale Sandbox auf einer Loopback-Adresse erlaubt.</translation>
    </message>
    <message>
        <source>Service URL %1, token endpoint %2</source>
        <translation>Service-URL %1, Token-Endpunkt %2</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>; TLS verified (%1)</source>
        <translation>; TLS geprüft (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>client id and secret as form fields</source>
        <translation>Client-ID und -Geheimnis als Formularfelder</translation>
    </message>
    <message>
        <source>HTTP Basic client authentication</source>
        <translation>Client-Authentifizierung per HTTP Basic</translation>
    </message>
    <message>
        <source>Bearer token valid for %1 s, %2</source>
        <translation>Bearer-Token %1 s gültig, %2</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2</source>
        <translation>GET %1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>GET %1: %2</source>
        <translation>GET %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionWorkspace</name>
    <message>
        <source>There is no session to fetch the payload with.</source>
        <translation>Es gibt keine Sitzung, mit der der Inhalt geholt werden könnte.</translation>
    </message>
    <message>
        <source>The payload could not be fetched: %1</source>
        <translation>Der Inhalt konnte nicht geholt werden: %1</translation>
    </message>
    <message>
        <source>Only the built-in sandbox shares its routing model; for a tenant, import it or build it here.</source>
        <translation>Nur die eingebaute Sandbox gibt ihr Routing-Modell heraus; für einen Mandanten es importieren oder hier aufbauen.</translation>
    </message>
    <message>
        <source>The sandbox did not answer: %1</source>
        <translation>Die Sandbox hat nicht geantwortet: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsModel</name>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>Service-URL</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>Getestet am</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Re-test</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No connections yet&lt;/h3&gt;&lt;p&gt;Create one from the .ionapi file you downloaded from Infor OS (ION API &amp;gt; Authorized Apps), or start the built-in sandbox with &lt;tt&gt;ion-workbench --demo&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Verbindungen&lt;/h3&gt;&lt;p&gt;Legen Sie eine aus der .ionapi-Datei an, die Sie aus Infor OS heruntergeladen haben (ION API &amp;gt; Authorized Apps), oder starten Sie die eingebaute Sandbox mit &lt;tt&gt;ion-workbench --demo&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Connection created.</source>
        <translation>Verbindung angelegt.</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Connection saved.</source>
        <translation>Verbindung gespeichert.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its tokens are revoked and its secrets removed from the keychain. Its replication environment keeps its data but is not reassigned.</source>
        <translation>„%1“ löschen? Ihre Token werden widerrufen und ihre Geheimnisse aus dem Schlüsselbund entfernt. Ihre Replikationsumgebung behält ihre Daten, wird aber nicht neu zugewiesen.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Revoking its token failed (%1); it expires on its own.</source>
        <translation>Das Widerrufen des Tokens ist fehlgeschlagen (%1); es läuft von selbst ab.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>&quot;%1&quot; is neither a file nor a postgresql:// URL.</source>
        <translation>„%1“ ist weder eine Datei noch eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>No database was given.</source>
        <translation>Es wurde keine Datenbank angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL: write postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-URL: Schreiben Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The URL carries a password. Leave it out: the workbench reads it from the keychain, ~/.pgpass or PGPASSWORD, so that it never shows in a process list or a shell history.</source>
        <translation>Die URL enthält ein Passwort. Lassen Sie es weg: Die Workbench liest es aus dem Schlüsselbund, aus ~/.pgpass oder PGPASSWORD, damit es nie in einer Prozessliste oder im Shell-Verlauf erscheint.</translation>
    </message>
    <message>
        <source>The URL names no database: write postgresql://user@host:port/database.</source>
        <translation>Die URL nennt keine Datenbank: Schreiben Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The URL has an option the workbench does not know: %1 (known: sslmode).</source>
        <translation>Die URL hat eine Option, die die Workbench nicht kennt: %1 (bekannt: sslmode).</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ist keiner von %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateGuard</name>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>no earlier resubmission, no later delivery</source>
        <translation>keine frühere erneute Sendung, keine spätere Zustellung</translation>
    </message>
    <message>
        <source>already resubmitted and accepted on %1 (batch %2); skipped unless checked</source>
        <translation>bereits am %1 erneut gesendet und angenommen (Stapel %2); wird übersprungen, sofern nicht angehakt</translation>
    </message>
    <message>
        <source>delivered since, on %1 (message %2); skipped unless checked</source>
        <translation>seitdem zugestellt, am %1 (Nachricht %2); wird übersprungen, sofern nicht angehakt</translation>
    </message>
    <message>
        <source>could not be checked (%1); skipped unless checked</source>
        <translation>konnte nicht geprüft werden (%1); wird übersprungen, sofern nicht angehakt</translation>
    </message>
    <message>
        <source>the document has no business key</source>
        <translation>das Dokument hat keinen Geschäftsschlüssel</translation>
    </message>
    <message>
        <source>the journal could not be read: %1</source>
        <translation>das Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a document flow filter kept it from %1 on purpose; resent, it would go by lid://default past that filter; skipped unless checked</source>
        <translation>ein Filter eines Dokumentenflusses hat es absichtlich von %1 ferngehalten; erneut gesendet ginge es über lid://default an diesem Filter vorbei; wird übersprungen, außer es wird angehakt</translation>
    </message>
    <message>
        <source>its target</source>
        <translation>seinem Ziel</translation>
    </message>
    <message>
        <source>already resubmitted by %3 and accepted on %1 (batch %2); skipped unless checked</source>
        <translation>bereits von %3 erneut gesendet und am %1 angenommen (Stapel %2); übersprungen, sofern nicht angehakt</translation>
    </message>
</context>
<context>
    <name>EnvironmentDatabase</name>
    <message>
        <source>Could not write the environment&apos;s metadata.</source>
        <translation>Die Metadaten der Umgebung konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The new database failed its integrity check.</source>
        <translation>Die neue Datenbank hat ihre Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The new database does not have the current schema.</source>
        <translation>Die neue Datenbank hat nicht das aktuelle Schema.</translation>
    </message>
    <message>
        <source>tables of another program</source>
        <translation>Tabellen eines anderen Programms</translation>
    </message>
    <message>
        <source>%1 holds no environment yet: provision one there first (without &quot;join&quot;).</source>
        <translation>%1 enthält noch keine Umgebung: Stellen Sie dort zuerst eine bereit (ohne „Beitreten“).</translation>
    </message>
</context>
<context>
    <name>EnvironmentMigrations</name>
    <message>
        <source>its schema version cannot be read</source>
        <translation>ihre Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it was made by a newer ION Workbench (schema version %1; this one reads up to %2). Update the workbench to open it.</source>
        <translation>sie wurde von einer neueren ION Workbench angelegt (Schemaversion %1; diese liest bis %2). Aktualisieren Sie die Workbench, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>upgrading it to schema version %1 failed: %2</source>
        <translation>die Aktualisierung auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The environment&apos;s database cannot be used: %1</source>
        <translation>Die Datenbank der Umgebung kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>EnvironmentNotifier</name>
    <message>
        <source>the server does not pass on changes (LISTEN failed)</source>
        <translation>der Server gibt Änderungen nicht weiter (LISTEN schlug fehl)</translation>
    </message>
</context>
<context>
    <name>EnvironmentProvisioner</name>
    <message>
        <source>Enter an environment name, for example Development.</source>
        <translation>Geben Sie einen Umgebungsnamen ein, zum Beispiel Development.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Verwenden Sie bis zu 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Binde- oder Unterstriche.</translation>
    </message>
    <message>
        <source>Provisioning was cancelled; nothing was kept.</source>
        <translation>Die Bereitstellung wurde abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The environment registry is gone.</source>
        <translation>Das Umgebungsverzeichnis ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Checking the name</source>
        <translation>Name wird geprüft</translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Eine Umgebung namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Preparing storage in %1</source>
        <translation>Speicher in %1 wird vorbereitet</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable and not full.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob der Datenträger beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>Creating the database</source>
        <translation>Datenbank wird angelegt</translation>
    </message>
    <message>
        <source>Could not create the database: %1</source>
        <translation>Die Datenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Verifying the database</source>
        <translation>Datenbank wird geprüft</translation>
    </message>
    <message>
        <source>Registering the environment</source>
        <translation>Umgebung wird registriert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Name a PostgreSQL server.</source>
        <translation>Nennen Sie einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>You have joined this environment already (%1).</source>
        <translation>Sie sind dieser Umgebung bereits beigetreten (%1).</translation>
    </message>
    <message>
        <source>Creating the environment&apos;s tables</source>
        <translation>Lege die Tabellen der Umgebung an</translation>
    </message>
</context>
<context>
    <name>EnvironmentRegistry</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; exists already.</source>
        <translation>Eine Umgebung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>The replication environment no longer exists.</source>
        <translation>Die Replikationsumgebung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The environment &quot;%1&quot; belongs to the connection &quot;%2&quot;; an environment is never shared or reassigned. Provision a new one.</source>
        <translation>Die Umgebung „%1“ gehört zur Verbindung „%2“; eine Umgebung wird nie geteilt oder neu zugewiesen. Stellen Sie eine neue bereit.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; already has the environment &quot;%2&quot;.</source>
        <translation>Die Verbindung „%1“ hat bereits die Umgebung „%2“.</translation>
    </message>
    <message>
        <source>Could not assign the environment: %1</source>
        <translation>Die Umgebung konnte nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>The ERP can only be set on an environment that no connection uses yet.</source>
        <translation>Das ERP kann nur für eine Umgebung festgelegt werden, die noch keine Verbindung nutzt.</translation>
    </message>
</context>
<context>
    <name>FilterTester</name>
    <message>
        <source>DataArea/SalesOrder/SalesOrderLine/Item/ItemID starts with &apos;A-&apos; and …</source>
        <translation>DataArea/SalesOrder/SalesOrderLine/Item/ItemID starts with &apos;A-&apos; and …</translation>
    </message>
    <message>
        <source>Condition / repetition</source>
        <translation>Bedingung / Wiederholung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Operators: = != &lt; &gt; contains, starts with, exists; combine with and, or and parentheses. A path starts at the root element or at DataArea; @name ends it for an attribute.</source>
        <translation>Operatoren: = != &lt; &gt; contains, starts with, exists; verknüpft mit and, or und Klammern. Ein Pfad beginnt beim Wurzelelement oder bei DataArea; @Name am Ende steht für ein Attribut.</translation>
    </message>
    <message>
        <source>Type a condition to test it on this BOD.</source>
        <translation>Eine Bedingung eingeben, um sie an diesem BOD zu prüfen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not a valid filter.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kein gültiger Filter.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The BOD cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das BOD kann nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;Passes&lt;/b&gt;: a flow with this filter delivers the BOD.</source>
        <translation>&lt;b style=&apos;color:#1b7f3b&apos;&gt;Kommt durch&lt;/b&gt;: Ein Fluss mit diesem Filter stellt das BOD zu.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c01c28&apos;&gt;Filtered out&lt;/b&gt;: a flow with this filter drops the BOD, and ION logs no error.</source>
        <translation>&lt;b style=&apos;color:#c01c28&apos;&gt;Herausgefiltert&lt;/b&gt;: Ein Fluss mit diesem Filter verwirft das BOD, und ION protokolliert keinen Fehler.</translation>
    </message>
    <message>
        <source>⚠ %1 matches nothing in this BOD: check the path.</source>
        <translation>⚠ %1 trifft in diesem BOD nichts: den Pfad prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>holds (%Ln found)</source>
        <translation>
            <numerusform>erfüllt (%Ln gefunden)</numerusform>
            <numerusform>erfüllt (%Ln gefunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>does not hold (%Ln found)</source>
        <translation>
            <numerusform>nicht erfüllt (%Ln gefunden)</numerusform>
            <numerusform>nicht erfüllt (%Ln gefunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>matches</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>Testing the filter on %1 MB…</source>
        <translation>Der Filter wird an %1 MB getestet …</translation>
    </message>
</context>
<context>
    <name>FlowDiagnosis</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>The sender %1 is a connection point and active</source>
        <translation>Der Sender %1 ist ein Verbindungspunkt und aktiv</translation>
    </message>
    <message>
        <source>No connection point has this logical id.</source>
        <translation>Kein Verbindungspunkt hat diese logische ID.</translation>
    </message>
    <message>
        <source>%1 connection point, active.</source>
        <translation>%1-Verbindungspunkt, aktiv.</translation>
    </message>
    <message>
        <source>The connection point exists but is not active.</source>
        <translation>Der Verbindungspunkt existiert, ist aber nicht aktiv.</translation>
    </message>
    <message>
        <source>The receiver is a connection point and active</source>
        <translation>Der Empfänger ist ein Verbindungspunkt und aktiv</translation>
    </message>
    <message>
        <source>Sent to lid://default: ION routes it by the document flows.</source>
        <translation>An lid://default gesendet: ION leitet es über die Dokumentenflüsse weiter.</translation>
    </message>
    <message>
        <source>The receiver %1 is a connection point and active</source>
        <translation>Der Empfänger %1 ist ein Verbindungspunkt und aktiv</translation>
    </message>
    <message>
        <source>No connection point has this logical id: the BOD goes nowhere, and no error says so.</source>
        <translation>Kein Verbindungspunkt hat diese logische ID: Das BOD geht nirgendwohin, und kein Fehler meldet es.</translation>
    </message>
    <message>
        <source>The logical ids have the form lid://infor.&lt;type&gt;.&lt;name&gt;</source>
        <translation>Die logischen IDs haben die Form lid://infor.&lt;Typ&gt;.&lt;Name&gt;</translation>
    </message>
    <message>
        <source>Both are well formed.</source>
        <translation>Beide sind korrekt gebildet.</translation>
    </message>
    <message>
        <source>Not of that form: %1</source>
        <translation>Nicht in dieser Form: %1</translation>
    </message>
    <message>
        <source>The sender&apos;s Documents tab lists %1 to send</source>
        <translation>Die Dokumentenliste des Senders führt %1 zum Senden</translation>
    </message>
    <message>
        <source>There is no sender to look at.</source>
        <translation>Es gibt keinen Sender zum Prüfen.</translation>
    </message>
    <message>
        <source>Listed.</source>
        <translation>Aufgeführt.</translation>
    </message>
    <message>
        <source>Its Documents tab is empty: it routes nothing, silently.</source>
        <translation>Seine Dokumentenliste ist leer: Er leitet nichts weiter, ohne Meldung.</translation>
    </message>
    <message>
        <source>It sends only: %1</source>
        <translation>Er sendet nur: %1</translation>
    </message>
    <message>
        <source>The receiver&apos;s Documents tab lists %1 to receive</source>
        <translation>Die Dokumentenliste des Empfängers führt %1 zum Empfangen</translation>
    </message>
    <message>
        <source>There is no receiver to look at.</source>
        <translation>Es gibt keinen Empfänger zum Prüfen.</translation>
    </message>
    <message>
        <source>Its Documents tab is empty: it receives nothing.</source>
        <translation>Seine Dokumentenliste ist leer: Er empfängt nichts.</translation>
    </message>
    <message>
        <source>It receives only: %1</source>
        <translation>Er empfängt nur: %1</translation>
    </message>
    <message>
        <source>%1 (its target does not receive it)</source>
        <translation>%1 (sein Ziel empfängt es nicht)</translation>
    </message>
    <message>
        <source>Active document flows carry %1 from the sender</source>
        <translation>Aktive Dokumentenflüsse tragen %1 vom Sender weiter</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>None active: %1</source>
        <translation>Keiner aktiv: %1</translation>
    </message>
    <message>
        <source>; not active: %1</source>
        <translation>; nicht aktiv: %1</translation>
    </message>
    <message>
        <source>Flow &quot;%1&quot; has no filter</source>
        <translation>Fluss „%1“ hat keinen Filter</translation>
    </message>
    <message>
        <source>Every %1 passes to %2.</source>
        <translation>Jedes %1 geht an %2.</translation>
    </message>
    <message>
        <source>Flow &quot;%1&quot;: filter %2</source>
        <translation>Fluss „%1“: Filter %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4 found hold)</source>
        <translation>%1: %2 (%3 von %4 gefundenen erfüllen sie)</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>%1 matches nothing in this BOD: the condition can never hold (the silent drop).</source>
        <translation>%1 trifft in diesem BOD nichts: Die Bedingung kann nie erfüllt sein (das stille Verwerfen).</translation>
    </message>
    <message>
        <source>IMS acceptedDocuments for %1 includes %2</source>
        <translation>IMS acceptedDocuments für %1 enthält %2</translation>
    </message>
    <message>
        <source>Included.</source>
        <translation>Enthalten.</translation>
    </message>
    <message>
        <source>IMS accepts only: %1</source>
        <translation>IMS akzeptiert nur: %1</translation>
    </message>
    <message>
        <source>every applicable flow&apos;s filter stops it</source>
        <translation>der Filter jedes zutreffenden Flusses hält es auf</translation>
    </message>
    <message>
        <source>Arrives at %1 (let through by %2).</source>
        <translation>Kommt bei %1 an (durchgelassen von %2).</translation>
    </message>
    <message>
        <source>Does not arrive: %1</source>
        <translation>Kommt nicht an: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>It is %1 bytes: ION logs it as Size Over Limit and routes nothing. Split the document or send less per message.</source>
        <translation>Es hat %1 Bytes: ION protokolliert es als Size Over Limit und leitet nichts weiter. Teilen Sie das Dokument oder senden Sie weniger pro Nachricht.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The BOD passes validation</source>
        <translation>Das BOD besteht die Validierung</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <source>ION refuses it before routing (logged as an Error, XML_VALIDATION): %1</source>
        <translation>ION weist es vor dem Routing ab (protokolliert als Error, XML_VALIDATION): %1</translation>
    </message>
    <message>
        <source>The BOD is within ION&apos;s size limit (%1)</source>
        <translation>Das BOD liegt innerhalb der Größengrenze von ION (%1)</translation>
    </message>
    <message>
        <source>%1 bytes of %2.</source>
        <translation>%1 von %2 Bytes.</translation>
    </message>
</context>
<context>
    <name>FlowDiagnosisDialog</name>
    <message>
        <source>Why Did It Not Arrive?</source>
        <translation>Warum ist es nicht angekommen?</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Filter Tester</source>
        <translation>Filtertester</translation>
    </message>
    <message>
        <source>&amp;Routing Model…</source>
        <translation>&amp;Routing-Modell…</translation>
    </message>
</context>
<context>
    <name>FlowDiagnosisLauncher</name>
    <message>
        <source>No routing model for this connection yet: build or import it first.</source>
        <translation>Noch kein Routing-Modell für diese Verbindung: zuerst aufbauen oder importieren.</translation>
    </message>
    <message>
        <source>The routing model was not kept: %1</source>
        <translation>Das Routing-Modell wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Open the message first: its BOD is what the filters look at.</source>
        <translation>Zuerst die Nachricht öffnen: Die Filter prüfen ihr BOD.</translation>
    </message>
    <message>
        <source>Open a connection&apos;s message log first: the routing model belongs to a connection.</source>
        <translation>Zuerst das Nachrichtenprotokoll einer Verbindung öffnen: Das Routing-Modell gehört zu einer Verbindung.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>larger than 64 MB</source>
        <translation>größer als 64 MB</translation>
    </message>
    <message>
        <source>The sandbox&apos;s routing model is used but was not kept: %1</source>
        <translation>Das Routing-Modell der Sandbox wird verwendet, wurde aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The routing model was not kept: the connection was closed.</source>
        <translation>Das Routing-Modell wurde nicht gespeichert: die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>FlowFilter</name>
    <message>
        <source>expected &quot;and&quot;, &quot;or&quot; or the end</source>
        <translation>„and“, „or“ oder das Ende erwartet</translation>
    </message>
    <message>
        <source>Column %1: %2.</source>
        <translation>Spalte %1: %2.</translation>
    </message>
    <message>
        <source>expected &quot;)&quot;</source>
        <translation>„)“ erwartet</translation>
    </message>
    <message>
        <source>expected an element path</source>
        <translation>Elementpfad erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element path</source>
        <translation>„%1“ ist kein Elementpfad</translation>
    </message>
    <message>
        <source>expected an operator (=, !=, &lt;, &gt;, contains, starts with, exists) after %1</source>
        <translation>Operator (=, !=, &lt;, &gt;, contains, starts with, exists) nach %1 erwartet</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>the value has no closing %1</source>
        <translation>dem Wert fehlt das schließende %1</translation>
    </message>
    <message>
        <source>The BOD declares a DOCTYPE or entities; it is not evaluated.</source>
        <translation>Das BOD deklariert einen DOCTYPE oder Entitäten; es wird nicht ausgewertet.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>parentheses nested deeper than %1 levels</source>
        <translation>Klammern tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 conditions</source>
        <translation>mehr als %1 Bedingungen</translation>
    </message>
    <message>
        <source>Line %1: elements are nested more than %2 deep.</source>
        <translation>Zeile %1: Die Elemente sind tiefer als %2 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>Line %1: the filter&apos;s %2 conditions would be compared more than %L3 times in this BOD; it is not evaluated.</source>
        <translation>Zeile %1: die %2 Bedingungen des Filters würden in diesem BOD mehr als %L3-mal verglichen; er wird nicht ausgewertet.</translation>
    </message>
</context>
<context>
    <name>HttpOutcome</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Zeit</translation>
    </message>
    <message>
        <source>host not found (DNS)</source>
        <translation>Host nicht gefunden (DNS)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>connection closed before the answer was complete</source>
        <translation>Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>Zertifikat nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ImsAnswer</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>IonApiFile</name>
    <message>
        <source>&quot;%1&quot; is not an absolute URL such as https://host/</source>
        <translation>„%1“ ist keine absolute URL wie https://host/</translation>
    </message>
    <message>
        <source>uses http:// for %1; only https:// is allowed except for a loopback address (the local sandbox)</source>
        <translation>verwendet http:// für %1; erlaubt ist nur https://, außer für eine Loopback-Adresse (die lokale Sandbox)</translation>
    </message>
    <message>
        <source>has the scheme &quot;%1&quot;; use https://</source>
        <translation>hat das Schema „%1“; verwenden Sie https://</translation>
    </message>
    <message>
        <source>must be a path relative to pu, such as token.oauth2, not &quot;%1&quot;</source>
        <translation>muss ein Pfad relativ zu pu sein, etwa token.oauth2, nicht „%1“</translation>
    </message>
    <message>
        <source>The file is %1 bytes; a .ionapi file is a few hundred bytes and at most %2. Check that you picked the file downloaded from ION API &gt; Authorized Apps.</source>
        <translation>Die Datei hat %1 Bytes; eine .ionapi-Datei hat einige hundert Bytes und höchstens %2. Prüfen Sie, ob Sie die aus ION API &gt; Authorized Apps heruntergeladene Datei gewählt haben.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). A .ionapi file is one JSON object.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2). Eine .ionapi-Datei ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file holds JSON but not an object; a .ionapi file is one JSON object with keys such as ti, ci, cs, iu, pu.</source>
        <translation>Die Datei enthält JSON, aber kein Objekt; eine .ionapi-Datei ist ein JSON-Objekt mit Schlüsseln wie ti, ci, cs, iu, pu.</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>muss %1 sein, gefunden: %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (no slashes or spaces)</source>
        <translation>„%1“ ist keine Mandanten-ID (keine Schrägstriche oder Leerzeichen)</translation>
    </message>
    <message>
        <source>pu did not end with &apos;/&apos;; one was added so that pu + ot is a valid URL.</source>
        <translation>pu endete nicht mit &apos;/&apos;; es wurde einer ergänzt, damit pu + ot eine gültige URL ist.</translation>
    </message>
    <message>
        <source>or (revoke path) is missing; tokens cannot be revoked when the connection is deleted.</source>
        <translation>or (Widerrufspfad) fehlt; Token können beim Löschen der Verbindung nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>ci does not start with &quot;%1~&quot; as Infor client ids do.</source>
        <translation>ci beginnt nicht mit „%1~“, wie es Infor-Client-IDs tun.</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a .ionapi file is at most %3 bytes.</source>
        <translation>%1 hat %2 Bytes; eine .ionapi-Datei hat höchstens %3 Bytes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>Service-URL</translation>
    </message>
    <message>
        <source>iu + &quot;/&quot; + ti</source>
        <translation>iu + &quot;/&quot; + ti</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>pu without its trailing &quot;as/&quot;</source>
        <translation>pu ohne das abschließende „as/“</translation>
    </message>
    <message>
        <source>pu</source>
        <translation>pu</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>pu + ot</source>
        <translation>pu + ot</translation>
    </message>
    <message>
        <source>Revoke endpoint</source>
        <translation>Widerrufs-Endpunkt</translation>
    </message>
    <message>
        <source>pu + or</source>
        <translation>pu + or</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>ti</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>cn</source>
        <translation>cn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>saak (service account access key)</source>
        <translation>saak (Zugriffsschlüssel des Dienstkontos)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>sask (service account secret key)</source>
        <translation>sask (geheimer Schlüssel des Dienstkontos)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>ci</source>
        <translation>ci</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>cs</source>
        <translation>cs</translation>
    </message>
    <message>
        <source>must stay below pu; &quot;%1&quot; climbs out of it with &quot;..&quot;</source>
        <translation>muss unterhalb von pu bleiben; „%1“ verlässt es mit „..“</translation>
    </message>
    <message>
        <source>appears twice; a .ionapi file names each key once. Download the file again rather than editing it.</source>
        <translation>kommt zweimal vor; eine .ionapi-Datei nennt jeden Schlüssel einmal. Laden Sie die Datei erneut herunter, statt sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>contains the control character U+%1, which no .ionapi file has. Download the file again.</source>
        <translation>enthält das Steuerzeichen U+%1, das keine .ionapi-Datei hat. Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>is missing; a .ionapi file has ti, ci, cs, iu, pu and ot. Download it again from ION API Gateway (Authorized Apps, Download Credentials).</source>
        <translation>fehlt; eine .ionapi-Datei enthält ti, ci, cs, iu, pu und ot. Laden Sie sie erneut aus dem ION API Gateway herunter (Authorized Apps, Download Credentials).</translation>
    </message>
    <message>
        <source>is missing while %1 is there; a service account has both keys. Download the file again with &quot;Create Service Account&quot; switched on.</source>
        <translation>fehlt, obwohl %1 vorhanden ist; ein Dienstkonto hat beide Schlüssel. Laden Sie die Datei erneut herunter, mit eingeschaltetem „Create Service Account“.</translation>
    </message>
    <message>
        <source>names a redirect URL and the file has no service account: it belongs to a Web application, which signs a person in through a browser. A tool that sends and reads documents on its own needs a Backend Service app (download its credentials with &quot;Create Service Account&quot; switched on) or an app with the Client Credentials grant type.</source>
        <translation>nennt eine Weiterleitungs-URL, und die Datei hat kein Dienstkonto: Sie gehört zu einer Web-Anwendung, die eine Person über einen Browser anmeldet. Ein Werkzeug, das selbstständig Dokumente sendet und liest, braucht eine Backend-Service-App (Zugangsdaten mit eingeschaltetem „Create Service Account“ herunterladen) oder eine App mit dem Grant-Typ Client Credentials.</translation>
    </message>
    <message>
        <source>no service account (saak, sask): the app signs in as itself with the client_credentials grant.</source>
        <translation>kein Dienstkonto (saak, sask): Die App meldet sich mit dem Grant client_credentials selbst an.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>no saak/sask in the file</source>
        <translation>kein saak/sask in der Datei</translation>
    </message>
    <message>
        <source>saak and sask in the file</source>
        <translation>saak und sask in der Datei</translation>
    </message>
</context>
<context>
    <name>LineDiff</name>
    <message>
        <source>%1 lines before, %2 lines now (too large to compare line by line).</source>
        <translation>Vorher %1 Zeilen, jetzt %2 Zeilen (zu groß für einen zeilenweisen Vergleich).</translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>The file is larger than 1 GB.</source>
        <translation>Die Datei ist größer als 1 GB.</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at offset %2.</source>
        <translation>Die Datei ist kein JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The file is not a message export of ION Workbench (&quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Die Datei ist kein Nachrichtenexport von ION Workbench („format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>Version %1 of the export format is not known.</source>
        <translation>Version %1 des Exportformats ist unbekannt.</translation>
    </message>
    <message>
        <source>Message %1 has no message_id or no valid message_date.</source>
        <translation>Nachricht %1 hat keine message_id oder kein gültiges message_date.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GB.</source>
        <translation>%1 ist größer als 1 GB.</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Jede Richtung</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Jedes Dokument</translation>
    </message>
    <message>
        <source>Logical id (from or to)</source>
        <translation>Logische ID (von oder an)</translation>
    </message>
    <message>
        <source>Message id, document id, error or payload text</source>
        <translation>Nachrichten-ID, Dokument-ID, Fehler- oder Inhaltstext</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>LogReplicator</name>
    <message numerus="yes">
        <source>Cancelled after %Ln message(s); the next refresh continues from there.</source>
        <translation>
            <numerusform>Abgebrochen nach %Ln Nachricht; die nächste Aktualisierung macht dort weiter.</numerusform>
            <numerusform>Abgebrochen nach %Ln Nachrichten; die nächste Aktualisierung macht dort weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The replication environment could not store the messages: %1</source>
        <translation>Die Replikationsumgebung konnte die Nachrichten nicht speichern: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) replicated.</source>
        <translation>
            <numerusform>%Ln Nachricht repliziert.</numerusform>
            <numerusform>%Ln Nachrichten repliziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message log did not answer for now (%1, %2 tries): a passing fault of the Gateway or of ION, not of this connection. Refresh again in a minute; it continues where it stopped.</source>
        <translation>Das Nachrichtenprotokoll hat vorübergehend nicht geantwortet (%1, %2 Versuche): ein vorübergehender Fehler des Gateways oder von ION, nicht dieser Verbindung. Aktualisieren Sie in einer Minute erneut; es geht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>The message log refused the request (%1) after %L2 messages. Re-test the connection on the Connections page; the next refresh continues from there.</source>
        <translation>Das Nachrichtenprotokoll hat die Anfrage abgelehnt (%1), nach %L2 Nachrichten. Testen Sie die Verbindung auf der Seite Verbindungen erneut; die nächste Aktualisierung setzt dort fort.</translation>
    </message>
    <message>
        <source>The replication environment could not be written: %1</source>
        <translation>In die Replikationsumgebung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 is replicating this environment (since %2). The log shows what is stored and refreshes when they are done.</source>
        <translation>%1 repliziert diese Umgebung (seit %2). Das Protokoll zeigt, was gespeichert ist, und aktualisiert sich, wenn die Replikation fertig ist.</translation>
    </message>
    <message>
        <source>A teammate</source>
        <translation>Ein Teammitglied</translation>
    </message>
</context>
<context>
    <name>LogTimelineView</name>
    <message>
        <source>Messages per hour</source>
        <translation>Nachrichten pro Stunde</translation>
    </message>
    <message>
        <source>Errors per hour</source>
        <translation>Fehler pro Stunde</translation>
    </message>
    <message>
        <source>Click an hour to show only its messages</source>
        <translation>Eine Stunde anklicken, um nur ihre Nachrichten zu zeigen</translation>
    </message>
    <message>
        <source>No messages in this search</source>
        <translation>Keine Nachrichten in dieser Suche</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
</context>
<context>
    <name>LogViewPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Copy what is new in the tenant&apos;s message log (F5)</source>
        <translation>Neues aus dem Nachrichtenprotokoll des Mandanten übernehmen (F5)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>%L1 messages</source>
        <translation>%L1 Nachrichten</translation>
    </message>
    <message>
        <source>matching messages</source>
        <translation>passende Nachrichten</translation>
    </message>
    <message>
        <source>Send the selected messages again through IMS, journalled (Ctrl+R)</source>
        <translation>Die gewählten Nachrichten erneut über IMS senden, mit Journal (Strg+R)</translation>
    </message>
    <message>
        <source>The resubmission journal cannot be opened: %1</source>
        <translation>Das Journal der erneuten Sendungen kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Select the messages to resubmit.</source>
        <translation>Wählen Sie die Nachrichten, die erneut gesendet werden sollen.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Selection as &amp;CSV…</source>
        <translation>Auswahl als &amp;CSV…</translation>
    </message>
    <message>
        <source>Selection as &amp;JSON (with payloads)…</source>
        <translation>Auswahl als &amp;JSON (mit Inhalten)…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>The log cannot be sorted by this column.</source>
        <translation>Das Protokoll kann nicht nach dieser Spalte sortiert werden.</translation>
    </message>
    <message>
        <source>Select the messages to export.</source>
        <translation>Die zu exportierenden Nachrichten auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%Ln Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection is open.</source>
        <translation>Keine Verbindung ist geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) imported from %1.</source>
        <translation>
            <numerusform>%Ln Nachricht aus %1 importiert.</numerusform>
            <numerusform>%Ln Nachrichten aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Message exports (*.json)</source>
        <translation>Nachrichtenexporte (*.json)</translation>
    </message>
    <message>
        <source>Import Messages</source>
        <translation>Nachrichten importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>more than %L1 messages</source>
        <translation>mehr als %L1 Nachrichten</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>&amp;Why?…</source>
        <translation>&amp;Warum?…</translation>
    </message>
    <message>
        <source>Why did this message not arrive? Check its route, step by step, against the routing model (Ctrl+D)</source>
        <translation>Warum ist diese Nachricht nicht angekommen? Ihren Weg Schritt für Schritt am Routing-Modell prüfen (Strg+D)</translation>
    </message>
    <message>
        <source>Select the message to diagnose.</source>
        <translation>Die zu prüfende Nachricht auswählen.</translation>
    </message>
    <message>
        <source>The document is still loading; resubmit is offered once it is in.</source>
        <translation>Das Dokument wird noch geladen; erneutes Senden ist möglich, sobald es vollständig ist.</translation>
    </message>
    <message>
        <source>The document is still loading; the diagnosis is offered once it is in.</source>
        <translation>Das Dokument wird noch geladen; die Diagnose ist möglich, sobald es vollständig ist.</translation>
    </message>
    <message>
        <source>The document is still loading; resubmit once it is in.</source>
        <translation>Das Dokument wird noch geladen; senden Sie es erneut, sobald es vollständig ist.</translation>
    </message>
    <message>
        <source>Res&amp;ubmit…</source>
        <translation>Erne&amp;ut senden…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Verlau&amp;f…</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <source>You changed this document and have not resubmitted it. Open the other message and discard your changes?</source>
        <translation>Sie haben dieses Dokument geändert und nicht erneut gesendet. Die andere Nachricht öffnen und Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Retrying in %1 s (%2 of %3): %4</source>
        <translation>Neuer Versuch in %1 s (%2 von %3): %4</translation>
    </message>
    <message>
        <source>Per hour, leaving out the text “%1”</source>
        <translation>Pro Stunde, ohne den Text „%1“</translation>
    </message>
    <message>
        <source>leaving out the text “%1”:</source>
        <translation>ohne den Text „%1“:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ION Workbench</source>
        <translation>ION Workbench</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Sandbox: off</source>
        <translation>Sandbox: aus</translation>
    </message>
    <message>
        <source>No keychain: secrets are kept until the workbench closes.</source>
        <translation>Kein Schlüsselbund: Geheimnisse bleiben bis zum Schließen der Workbench erhalten.</translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The workbench could not reach an OS keychain (%1).

Connection secrets are kept in memory until the workbench closes and are never written to disk. Install and unlock a Secret Service (GNOME Keyring or KWallet) to keep them.</source>
        <translation>Die Workbench konnte keinen Schlüsselbund des Betriebssystems erreichen (%1).

Verbindungsgeheimnisse bleiben bis zum Schließen der Workbench im Speicher und werden nie auf die Festplatte geschrieben. Installieren und entsperren Sie einen Secret Service (GNOME Keyring oder KWallet), um sie zu behalten.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import .ionapi File…</source>
        <translation>.ionapi-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Start Sandbox</source>
        <translation>Sandbox &amp;starten</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ION Workbench</source>
        <translation>&amp;Über ION Workbench</translation>
    </message>
    <message>
        <source>About ION Workbench</source>
        <translation>Über ION Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ION Workbench %1&lt;/h3&gt;&lt;p&gt;Connection setup, message-log triage and flow diagnostics for Infor ION.&lt;/p&gt;&lt;p&gt;Settings: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ION Workbench %1&lt;/h3&gt;&lt;p&gt;Verbindungseinrichtung, Auswertung des Nachrichtenprotokolls und Flussdiagnose für Infor ION.&lt;/p&gt;&lt;p&gt;Einstellungen: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import .ionapi File</source>
        <translation>.ionapi-Datei importieren</translation>
    </message>
    <message>
        <source>ION API credentials (*.ionapi);;All files (*)</source>
        <translation>ION-API-Anmeldedaten (*.ionapi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Message Log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>This connection has no replication environment.</source>
        <translation>Diese Verbindung hat keine Replikationsumgebung.</translation>
    </message>
    <message>
        <source>Message Log — %1</source>
        <translation>Nachrichtenprotokoll — %1</translation>
    </message>
    <message>
        <source>Provisioning (SCIM)</source>
        <translation>Bereitstellung (SCIM)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Why Did a BOD File Not Arrive?…</source>
        <translation>&amp;Warum ist eine BOD-Datei nicht angekommen?…</translation>
    </message>
    <message>
        <source>Diagnose a BOD</source>
        <translation>Ein BOD prüfen</translation>
    </message>
    <message>
        <source>BODs (*.xml);;All files (*)</source>
        <translation>BODs (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Routing Model…</source>
        <translation>&amp;Routing-Modell…</translation>
    </message>
    <message>
        <source>The replication environment cannot be opened: %1</source>
        <translation>Die Replikationsumgebung kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Sandbox &amp;Running</source>
        <translation>Sandbox &amp;läuft</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>The &amp;Sandbox</source>
        <translation>Die &amp;Sandbox</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>OAuthSession</name>
    <message>
        <source>HTTP %1 without an OAuth error body</source>
        <translation>HTTP %1 ohne OAuth-Fehlerinhalt</translation>
    </message>
</context>
<context>
    <name>OneViewFilter</name>
    <message>
        <source>unexpected &quot;%1&quot; at position %2</source>
        <translation>unerwartetes „%1“ an Position %2</translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing at position %1</source>
        <translation>an Position %1 fehlt ein „)“</translation>
    </message>
    <message>
        <source>a value is missing at the end</source>
        <translation>am Ende fehlt ein Wert</translation>
    </message>
    <message>
        <source>a quoted value is not closed</source>
        <translation>ein Wert in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a value is missing at position %1</source>
        <translation>an Position %1 fehlt ein Wert</translation>
    </message>
    <message>
        <source>a field name is expected at position %1</source>
        <translation>an Position %1 wird ein Feldname erwartet</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Feld „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot; after %2 (use eq, gt, ge, lt, le or range)</source>
        <translation>unbekannter Operator „%1“ nach %2 (verwenden Sie eq, gt, ge, lt, le oder range)</translation>
    </message>
    <message>
        <source>range needs [from, to] after %1</source>
        <translation>range braucht [von, bis] nach %1</translation>
    </message>
    <message>
        <source>parentheses nested deeper than %1 levels at position %2</source>
        <translation>Klammern tiefer als %1 Ebenen verschachtelt an Position %2</translation>
    </message>
    <message>
        <source>more than %1 conditions</source>
        <translation>mehr als %1 Bedingungen</translation>
    </message>
</context>
<context>
    <name>PostgresProblem</name>
    <message>
        <source>The PostgreSQL server at %1:%2 cannot be reached (%3). Check the host and port, and that the server accepts TCP connections from this computer.</source>
        <translation>Der PostgreSQL-Server unter %1:%2 ist nicht erreichbar (%3). Prüfen Sie Host und Port und ob der Server TCP-Verbindungen von diesem Computer annimmt.</translation>
    </message>
    <message>
        <source>The server refused %1: authentication failed (%2). Check the user and its password (keychain, ~/.pgpass or PGPASSWORD) and that pg_hba.conf lets it in.</source>
        <translation>Der Server hat %1 abgewiesen: Authentifizierung fehlgeschlagen (%2). Prüfen Sie den Benutzer und sein Passwort (Schlüsselbund, ~/.pgpass oder PGPASSWORD) und ob pg_hba.conf ihn zulässt.</translation>
    </message>
    <message>
        <source>The database of %1 does not exist. Ask the server&apos;s administrator to create it (createdb), owned by or writable for %2.</source>
        <translation>Die Datenbank von %1 existiert nicht. Bitten Sie die Administration des Servers, sie anzulegen (createdb), im Besitz von oder beschreibbar für %2.</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>Ihren Benutzer</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2). With verify-full the server&apos;s certificate must be signed by a CA in ~/.postgresql/root.crt and name the host.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen (%2). Mit verify-full muss das Zertifikat des Servers von einer Zertifizierungsstelle in ~/.postgresql/root.crt signiert sein und den Host nennen.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 may not create tables in the database of %2. Ask the administrator for CREATE on its schema (GRANT CREATE ON SCHEMA public TO …), or use a database the user owns.</source>
        <translation>%1 darf in der Datenbank von %2 keine Tabellen anlegen. Bitten Sie die Administration um CREATE auf ihrem Schema (GRANT CREATE ON SCHEMA public TO …) oder verwenden Sie eine Datenbank, die dem Benutzer gehört.</translation>
    </message>
    <message>
        <source>The server of %1 runs PostgreSQL %2; environments need PostgreSQL 13 or later.</source>
        <translation>Der Server von %1 läuft mit PostgreSQL %2; Umgebungen brauchen PostgreSQL 13 oder neuer.</translation>
    </message>
    <message>
        <source>The database of %1 already holds another environment (%2). Each environment needs a database of its own: name another database, or join that environment to work in it with your team.</source>
        <translation>Die Datenbank von %1 enthält bereits eine andere Umgebung (%2). Jede Umgebung braucht eine eigene Datenbank: Nennen Sie eine andere Datenbank oder treten Sie dieser Umgebung bei, um mit Ihrem Team darin zu arbeiten.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1: %2</source>
        <translation>PostgreSQL unter %1: %2</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Provision Replication Environment</source>
        <translation>Replikationsumgebung bereitstellen</translation>
    </message>
    <message>
        <source>e.g. Development</source>
        <translation>z. B. Development</translation>
    </message>
    <message>
        <source>Where the environment&apos;s data is kept; choose it for data residency.</source>
        <translation>Wo die Daten der Umgebung liegen; wählen Sie den Ort nach Datenresidenz.</translation>
    </message>
    <message>
        <source>Environment &amp;Name:</source>
        <translation>Umgebungs&amp;name:</translation>
    </message>
    <message>
        <source>&amp;ERP:</source>
        <translation>&amp;ERP:</translation>
    </message>
    <message>
        <source>Hosting &amp;Region:</source>
        <translation>Hosting-&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Provisioning failed.</source>
        <translation>Bereitstellung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>E&amp;mbedded (this computer)</source>
        <translation>&amp;Eingebettet (dieser Computer)</translation>
    </message>
    <message>
        <source>A database file in your profile: for one person, and for the demo.</source>
        <translation>Eine Datenbankdatei in Ihrem Profil: für eine Person und für die Demo.</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;server (shared by a team)</source>
        <translation>PostgreSQL-&amp;Server (von einem Team geteilt)</translation>
    </message>
    <message>
        <source>One replicated log and one resubmission journal for everybody who works on this tenant.</source>
        <translation>Ein repliziertes Protokoll und ein Journal der erneuten Sendungen für alle, die an diesem Mandanten arbeiten.</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>PostgreSQL Server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>e.g. pg.example.com</source>
        <translation>z. B. pg.example.com</translation>
    </message>
    <message>
        <source>one database per environment, e.g. ion_dev</source>
        <translation>eine Datenbank je Umgebung, z. B. ion_dev</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the settings.</source>
        <translation>Wird im Schlüsselbund aufbewahrt, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>verify-full: encrypted, and the server&apos;s certificate must be signed by a CA you trust (~/.postgresql/root.crt) and name the host. Choose a weaker mode only on a network you trust.</source>
        <translation>verify-full: verschlüsselt, und das Zertifikat des Servers muss von einer Zertifizierungsstelle signiert sein, der Sie vertrauen (~/.postgresql/root.crt), und den Host nennen. Wählen Sie einen schwächeren Modus nur in einem Netz, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Join the environment a teammate provisioned in this database</source>
        <translation>Der Umgebung &amp;beitreten, die ein Teammitglied in dieser Datenbank bereitgestellt hat</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the environment&apos;s database.</source>
        <translation>Geben Sie den Host des Servers und die Datenbank der Umgebung ein.</translation>
    </message>
    <message>
        <source>Keeping the password in the keychain</source>
        <translation>Lege das Passwort im Schlüsselbund ab</translation>
    </message>
    <message>
        <source>The environment is ready, but the keychain did not keep its password (%1): until it does, put it in ~/.pgpass.</source>
        <translation>Die Umgebung ist bereit, aber der Schlüsselbund hat ihr Passwort nicht behalten (%1): Tragen Sie es bis dahin in ~/.pgpass ein.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ION Workbench</source>
        <translation>ION Workbench</translation>
    </message>
    <message>
        <source>The workbench cannot open its data folder: %1</source>
        <translation>Die Workbench kann ihren Datenordner nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>ReplicationEnvironment</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source> — retired</source>
        <translation> — stillgelegt</translation>
    </message>
    <message>
        <source> — used by %1</source>
        <translation> — genutzt von %1</translation>
    </message>
</context>
<context>
    <name>ResubmissionHistory</name>
    <message>
        <source>Resubmission History</source>
        <translation>Verlauf der erneuten Sendungen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No resubmissions yet&lt;/h3&gt;&lt;p&gt;Batches sent with Resubmit… are listed here with what became of each document: every attempt, its message id and IMS&apos;s answer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine erneuten Sendungen&lt;/h3&gt;&lt;p&gt;Mit „Erneut senden…“ gesendete Stapel stehen hier mit dem, was aus jedem Dokument wurde: jeder Versuch, seine Nachrichten-ID und die Antwort von IMS.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>ION Workbench %1</source>
        <translation>ION Workbench %1</translation>
    </message>
</context>
<context>
    <name>ResubmissionJournal</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>interrupted while sending; checking the message log before sending again</source>
        <translation>beim Senden unterbrochen; vor dem erneuten Senden wird das Nachrichtenprotokoll geprüft</translation>
    </message>
    <message>
        <source>item %1 is not in the journal</source>
        <translation>Eintrag %1 steht nicht im Journal</translation>
    </message>
    <message>
        <source>another runner has taken this batch over</source>
        <translation>ein anderer Lauf hat diesen Stapel übernommen</translation>
    </message>
</context>
<context>
    <name>ResubmissionPlan</name>
    <message>
        <source>its payload could not be fetched from the message log</source>
        <translation>sein Inhalt konnte nicht aus dem Nachrichtenprotokoll geholt werden</translation>
    </message>
    <message>
        <source>the duplicate guard has not answered for every document yet</source>
        <translation>die Duplikatprüfung hat noch nicht für jedes Dokument geantwortet</translation>
    </message>
    <message>
        <source>an earlier resubmission is unfinished (%1); finish it first, so that nothing is sent twice</source>
        <translation>eine frühere erneute Sendung ist unvollendet (%1); schließen Sie sie zuerst ab, damit nichts doppelt gesendet wird</translation>
    </message>
    <message>
        <source>nothing is left to send</source>
        <translation>nichts ist mehr zu senden</translation>
    </message>
</context>
<context>
    <name>ResubmissionRoute</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>Resent from %1, ION routes it to %2.</source>
        <translation>Von %1 erneut gesendet, leitet ION es an %2 weiter.</translation>
    </message>
    <message>
        <source>Resent from %1, a filter of its flows stops it before %2.</source>
        <translation>Von %1 erneut gesendet, hält ein Filter seiner Flüsse es vor %2 auf.</translation>
    </message>
    <message>
        <source>Resent from %1, ION finds no route for it: %2.</source>
        <translation>Von %1 erneut gesendet, findet ION keinen Weg dafür: %2.</translation>
    </message>
    <message>
        <source>The original went from %1 to %2. %3</source>
        <translation>Das Original ging von %1 an %2. %3</translation>
    </message>
    <message>
        <source>The filter of the original&apos;s flow does not apply to it: %1.</source>
        <translation>Der Filter des Flusses des Originals gilt dafür nicht: %1.</translation>
    </message>
</context>
<context>
    <name>ResubmitDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Resubmit %Ln Message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht erneut senden</numerusform>
            <numerusform>%Ln Nachrichten erneut senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation>Duplikatprüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Every item is written to the journal before it is sent; nothing is sent twice by accident.</source>
        <translation>Jeder Eintrag wird vor dem Senden ins Journal geschrieben; nichts wird versehentlich doppelt gesendet.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) from the log</source>
        <translation>
            <numerusform>%Ln Nachricht aus dem Protokoll</numerusform>
            <numerusform>%Ln Nachrichten aus dem Protokoll</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 accepted, %2 failed, %3 retrying, %4 waiting</source>
        <translation>%1 angenommen, %2 fehlgeschlagen, %3 neuer Versuch, %4 wartend</translation>
    </message>
    <message>
        <source>New message ID</source>
        <translation>Neue Nachrichten-ID</translation>
    </message>
    <message>
        <source>The message id the first attempt is sent with; every retry gets a new one.</source>
        <translation>Die Nachrichten-ID des ersten Versuchs; jede Wiederholung erhält eine neue.</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Waiting for a token: %1. Nothing is sent for %2 s, and no document is charged for it.</source>
        <translation>Warten auf ein Token: %1. %2 s lang wird nichts gesendet, und keinem Dokument wird das angerechnet.</translation>
    </message>
    <message>
        <source>&amp;Finish Earlier Batch</source>
        <translation>Früheren Stapel &amp;abschließen</translation>
    </message>
    <message>
        <source>Finish the earlier batch first</source>
        <translation>Zuerst den früheren Stapel abschließen</translation>
    </message>
    <message>
        <source>An earlier resubmission is unfinished. Finish it first (Finish Earlier Batch): a document in both would otherwise be sent twice. The duplicate check is then made again.</source>
        <translation>Eine frühere erneute Sendung ist unvollendet. Schließen Sie sie zuerst ab (Früheren Stapel abschließen): Ein Dokument in beiden würde sonst doppelt gesendet. Danach wird die Duplikatprüfung wiederholt.</translation>
    </message>
    <message>
        <source>Waiting for the duplicate check of every document</source>
        <translation>Warten auf die Duplikatprüfung jedes Dokuments</translation>
    </message>
    <message>
        <source>Checking the journal and the message log for earlier resubmissions and later deliveries…</source>
        <translation>Journal und Nachrichtenprotokoll werden auf frühere erneute Sendungen und spätere Zustellungen geprüft…</translation>
    </message>
    <message>
        <source>The earlier batch is still unfinished: %1</source>
        <translation>Der frühere Stapel ist noch unvollendet: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>The connection was closed; the batch can be finished when it is opened again.</source>
        <translation>Die Verbindung wurde geschlossen; der Stapel kann abgeschlossen werden, sobald sie wieder geöffnet ist.</translation>
    </message>
    <message>
        <source>The original went from %1 to %2. A resubmission is sent from the workbench&apos;s own connection point and ION routes it by the document flows (lid://default), so a flow&apos;s filter may treat it differently.</source>
        <translation>Das Original ging von %1 an %2. Eine erneute Sendung geht vom eigenen Verbindungspunkt der Workbench aus, und ION leitet sie über die Dokumentenflüsse (lid://default); der Filter eines Flusses kann sie daher anders behandeln.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>Resubmitter</name>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>cancelled; will be sent by the next run</source>
        <translation>abgebrochen; wird beim nächsten Lauf gesendet</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %Ln attempt(s): %1</source>
        <translation>
            <numerusform>nach %Ln Versuch aufgegeben: %1</numerusform>
            <numerusform>nach %Ln Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>found in the message log as %1 after: %2</source>
        <translation>im Nachrichtenprotokoll als %1 gefunden nach: %2</translation>
    </message>
    <message>
        <source>cancelled after: %1</source>
        <translation>abgebrochen nach: %1</translation>
    </message>
    <message>
        <source>%1 accepted, %2 failed, %3 skipped, %4 pending</source>
        <translation>%1 angenommen, %2 fehlgeschlagen, %3 übersprungen, %4 ausstehend</translation>
    </message>
    <message>
        <source>waiting for a token: %1</source>
        <translation>wartet auf ein Token: %1</translation>
    </message>
    <message>
        <source>stopped: the token endpoint refused this connection&apos;s credentials (%1); nothing more was sent, and --resume sends the rest once they are fixed</source>
        <translation>angehalten: Der Token-Endpunkt hat die Anmeldedaten dieser Verbindung abgelehnt (%1); nichts weiter wurde gesendet, und --resume sendet den Rest, sobald sie korrigiert sind</translation>
    </message>
    <message>
        <source>not sent: no token</source>
        <translation>nicht gesendet: kein Token</translation>
    </message>
    <message>
        <source>stopped: %1; nothing more was sent by this run</source>
        <translation>angehalten: %1; dieser Lauf hat nichts weiter gesendet</translation>
    </message>
    <message>
        <source>not started: %1; nothing was sent by this run</source>
        <translation>nicht begonnen: %1; dieser Lauf hat nichts gesendet</translation>
    </message>
    <message>
        <source>stopped: the journal could not be read or written (%1); nothing more was sent, and --resume continues once it can be written</source>
        <translation>angehalten: Das Journal konnte nicht gelesen oder geschrieben werden (%1); nichts weiter wurde gesendet, und --resume setzt fort, sobald es beschrieben werden kann</translation>
    </message>
</context>
<context>
    <name>RoutingEditor</name>
    <message>
        <source>Logical ID</source>
        <translation>Logische ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Sends (document types)</source>
        <translation>Sendet (Dokumenttypen)</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Empfängt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Document types</source>
        <translation>Dokumenttypen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Routing Model</source>
        <translation>Routing-Modell</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Read from Sandbox</source>
        <translation>Aus der Sandbox &amp;lesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection points&lt;/b&gt; (document types separated by commas)</source>
        <translation>&lt;b&gt;Verbindungspunkte&lt;/b&gt; (Dokumenttypen durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Connection Point</source>
        <translation>Verbindungspunkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Document flows&lt;/b&gt; (flows for the same document and route combine with OR)</source>
        <translation>&lt;b&gt;Dokumentenflüsse&lt;/b&gt; (Flüsse für dasselbe Dokument und denselben Weg werden mit ODER verknüpft)</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Import Routing Model</source>
        <translation>Routing-Modell importieren</translation>
    </message>
    <message>
        <source>Routing models (*.json)</source>
        <translation>Routing-Modelle (*.json)</translation>
    </message>
    <message>
        <source>Export Routing Model</source>
        <translation>Routing-Modell exportieren</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>larger than 16 MB</source>
        <translation>größer als 16 MB</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SandboxController</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in ION sandbox on this computer</source>
        <translation>Die eingebaute ION-Sandbox auf diesem Computer</translation>
    </message>
    <message>
        <source>Sandbox: off</source>
        <translation>Sandbox: aus</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source> (faults on)</source>
        <translation> (Fehler eingeschaltet)</translation>
    </message>
    <message>
        <source>&amp;Write .ionapi File…</source>
        <translation>.ionapi-Datei sc&amp;hreiben…</translation>
    </message>
    <message>
        <source>Write Sandbox .ionapi File</source>
        <translation>.ionapi-Datei der Sandbox schreiben</translation>
    </message>
    <message>
        <source>ION API credentials (*.ionapi)</source>
        <translation>ION-API-Anmeldedaten (*.ionapi)</translation>
    </message>
    <message>
        <source>Write .ionapi File</source>
        <translation>.ionapi-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Dropped Connections (10%)</source>
        <translation>&amp;Abgebrochene Verbindungen (10 %)</translation>
    </message>
    <message>
        <source>E&amp;xpire Tokens Now</source>
        <translation>Token jetzt a&amp;blaufen lassen</translation>
    </message>
    <message>
        <source>Server &amp;Errors (20% 500/502/503/504)</source>
        <translation>Server&amp;fehler (20 % 500/502/503/504)</translation>
    </message>
    <message>
        <source>Sandbox: starting, building a month of demo traffic…</source>
        <translation>Sandbox: startet, ein Monat Demo-Verkehr wird erzeugt…</translation>
    </message>
    <message>
        <source>S&amp;low Answers (2 s)</source>
        <translation>Langsame Ant&amp;worten (2 s)</translation>
    </message>
    <message>
        <source>Enforce Sco&amp;pes (403 after a good token)</source>
        <translation>Sco&amp;pes erzwingen (403 nach gültigem Token)</translation>
    </message>
    <message>
        <source> (its last port was taken; moved there: %1)</source>
        <translation> (ihr letzter Port war belegt; dorthin umgezogen: %1)</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Save the current search, or go back to a saved one</source>
        <translation>Die aktuelle Suche speichern oder zu einer gespeicherten zurückkehren</translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation>Aktuelle Suche &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Name der Suche:</translation>
    </message>
</context>
<context>
    <name>ScimBrowser</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>SCIM filter, e.g. userName eq &quot;jane@example.com&quot; or userName sw &quot;j&quot;</source>
        <translation>SCIM-Filter, z. B. userName eq &quot;jane@example.com&quot; oder userName sw &quot;j&quot;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird abgefragt…</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>HTTP %1%2: %3</source>
        <translation>HTTP %1%2: %3</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Select a user to deactivate.</source>
        <translation>Einen Benutzer zum Deaktivieren auswählen.</translation>
    </message>
    <message>
        <source>Deactivated.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message>
        <source>Select what to delete.</source>
        <translation>Auswählen, was gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Add to &amp;Group…</source>
        <translation>Zur &amp;Gruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Umbenannt.</translation>
    </message>
    <message>
        <source>Added to the group.</source>
        <translation>Der Gruppe hinzugefügt.</translation>
    </message>
    <message>
        <source>Select what to rename.</source>
        <translation>Auswählen, was umbenannt werden soll.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New display name:</source>
        <translation>Neuer Anzeigename:</translation>
    </message>
    <message>
        <source>Select the user to add to a group.</source>
        <translation>Den Benutzer auswählen, der einer Gruppe hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>The server has no groups.</source>
        <translation>Der Server hat keine Gruppen.</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>Zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>Such&amp;en</translation>
    </message>
    <message>
        <source>Create Test &amp;User</source>
        <translation>Test&amp;benutzer anlegen</translation>
    </message>
</context>
<context>
    <name>ScimConformance</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>needs the test user, which was not created</source>
        <translation>braucht den Testbenutzer, der nicht angelegt wurde</translation>
    </message>
    <message>
        <source>the server does not support PATCH</source>
        <translation>der Server unterstützt PATCH nicht</translation>
    </message>
    <message>
        <source>Discovery: ServiceProviderConfig</source>
        <translation>Erkundung: ServiceProviderConfig</translation>
    </message>
    <message>
        <source>200 with the server&apos;s features</source>
        <translation>200 mit den Fähigkeiten des Servers</translation>
    </message>
    <message>
        <source>Discovery: ResourceTypes</source>
        <translation>Erkundung: ResourceTypes</translation>
    </message>
    <message>
        <source>200 listing the User resource type</source>
        <translation>200 mit dem Ressourcentyp User</translation>
    </message>
    <message>
        <source>Discovery: Schemas</source>
        <translation>Erkundung: Schemas</translation>
    </message>
    <message>
        <source>200 with the core User schema</source>
        <translation>200 mit dem User-Kernschema</translation>
    </message>
    <message>
        <source>Create a user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>201 with an id and the same userName</source>
        <translation>201 mit einer ID und demselben userName</translation>
    </message>
    <message>
        <source>Read the user</source>
        <translation>Benutzer lesen</translation>
    </message>
    <message>
        <source>200 with the same userName</source>
        <translation>200 mit demselben userName</translation>
    </message>
    <message>
        <source>Filter by userName</source>
        <translation>Nach userName filtern</translation>
    </message>
    <message>
        <source>the server does not support filters</source>
        <translation>der Server unterstützt keine Filter</translation>
    </message>
    <message>
        <source>200 with exactly the test user</source>
        <translation>200 mit genau dem Testbenutzer</translation>
    </message>
    <message>
        <source>Replace the user (PUT)</source>
        <translation>Benutzer ersetzen (PUT)</translation>
    </message>
    <message>
        <source>200 with the new familyName</source>
        <translation>200 mit dem neuen familyName</translation>
    </message>
    <message>
        <source>PATCH add</source>
        <translation>PATCH add</translation>
    </message>
    <message>
        <source>200 with title &quot;Tester&quot;</source>
        <translation>200 mit title &quot;Tester&quot;</translation>
    </message>
    <message>
        <source>PATCH replace</source>
        <translation>PATCH replace</translation>
    </message>
    <message>
        <source>200 with displayName &quot;Patched&quot;</source>
        <translation>200 mit displayName &quot;Patched&quot;</translation>
    </message>
    <message>
        <source>PATCH remove</source>
        <translation>PATCH remove</translation>
    </message>
    <message>
        <source>200 without a title</source>
        <translation>200 ohne title</translation>
    </message>
    <message>
        <source>Duplicate userName is refused</source>
        <translation>Doppelter userName wird abgelehnt</translation>
    </message>
    <message>
        <source>409 with scimType &quot;uniqueness&quot;</source>
        <translation>409 mit scimType &quot;uniqueness&quot;</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Seitenweises Lesen</translation>
    </message>
    <message>
        <source>200; at most one resource for count=1; totalResults counts them all</source>
        <translation>200; höchstens eine Ressource bei count=1; totalResults zählt alle</translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <source>201 with an id</source>
        <translation>201 mit einer ID</translation>
    </message>
    <message>
        <source>Add the user to the group (PATCH)</source>
        <translation>Benutzer der Gruppe hinzufügen (PATCH)</translation>
    </message>
    <message>
        <source>needs the test group</source>
        <translation>braucht die Testgruppe</translation>
    </message>
    <message>
        <source>200 with the user among the members</source>
        <translation>200 mit dem Benutzer unter den Mitgliedern</translation>
    </message>
    <message>
        <source>Remove the user from the group (PATCH)</source>
        <translation>Benutzer aus der Gruppe entfernen (PATCH)</translation>
    </message>
    <message>
        <source>200 or 204, the user no longer a member</source>
        <translation>200 oder 204, der Benutzer ist kein Mitglied mehr</translation>
    </message>
    <message>
        <source>Deactivate the user (active=false)</source>
        <translation>Benutzer deaktivieren (active=false)</translation>
    </message>
    <message>
        <source>200 with active false</source>
        <translation>200 mit active false</translation>
    </message>
    <message>
        <source>Delete the group</source>
        <translation>Gruppe löschen</translation>
    </message>
    <message>
        <source>204</source>
        <translation>204</translation>
    </message>
    <message>
        <source>Delete the user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>The deleted user is gone</source>
        <translation>Der gelöschte Benutzer ist weg</translation>
    </message>
    <message>
        <source>no user with the test userName</source>
        <translation>kein Benutzer mit dem Test-userName</translation>
    </message>
</context>
<context>
    <name>ScimConformanceView</name>
    <message>
        <source>Create, read, filter, change and delete a test user and group, as Azure AD or Okta would</source>
        <translation>Einen Testbenutzer und eine Testgruppe anlegen, lesen, filtern, ändern und löschen, wie Azure AD oder Okta es tun</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Select a check to see its request, what was expected and what came.</source>
        <translation>Eine Prüfung auswählen, um ihre Anfrage, das Erwartete und das Erhaltene zu sehen.</translation>
    </message>
    <message>
        <source>Request:
%1

Expected:
%2

Actual:
%3</source>
        <translation>Anfrage:
%1

Erwartet:
%2

Erhalten:
%3</translation>
    </message>
    <message>
        <source>Running; SCIM servers limit calls a minute, so this takes a while.</source>
        <translation>Läuft; SCIM-Server begrenzen die Aufrufe pro Minute, das dauert etwas.</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message>
        <source>Run C&amp;onformance</source>
        <translation>K&amp;onformität prüfen</translation>
    </message>
</context>
<context>
    <name>ScimMapping</name>
    <message>
        <source>matching: should be the e-mail address (Infor&apos;s advice)</source>
        <translation>Abgleich: sollte die E-Mail-Adresse sein (Empfehlung von Infor)</translation>
    </message>
    <message>
        <source>a soft-deleted user is sent active=false</source>
        <translation>ein vorläufig gelöschter Benutzer wird mit active=false gesendet</translation>
    </message>
</context>
<context>
    <name>ScimMappingView</name>
    <message>
        <source>Azure AD attribute</source>
        <translation>Azure-AD-Attribut</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>Beispielwert</translation>
    </message>
    <message>
        <source>SCIM attribute</source>
        <translation>SCIM-Attribut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Matching attribute: Azure AD finds the user again by it</source>
        <translation>Abgleichsattribut: Azure AD findet den Benutzer darüber wieder</translation>
    </message>
    <message>
        <source>Edit the sample values to see what Azure AD would send. Users assigned with the Default Access role are not provisioned; Azure AD repeats its sync about every 40 minutes.</source>
        <translation>Die Beispielwerte bearbeiten, um zu sehen, was Azure AD senden würde. Mit der Rolle „Default Access“ zugewiesene Benutzer werden nicht bereitgestellt; Azure AD wiederholt die Synchronisierung etwa alle 40 Minuten.</translation>
    </message>
    <message>
        <source>POST /Users
</source>
        <translation>POST /Users
</translation>
    </message>
</context>
<context>
    <name>ScimPage</name>
    <message>
        <source>Bearer token (Azure AD)</source>
        <translation>Bearer-Token (Azure AD)</translation>
    </message>
    <message>
        <source>Basic (Okta)</source>
        <translation>Basic (Okta)</translation>
    </message>
    <message>
        <source> calls a minute</source>
        <translation> Aufrufe pro Minute</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Infor&apos;s Essentials allow 18 SCIM calls a minute; going faster gets 429 answers</source>
        <translation>Infor Essentials erlaubt 18 SCIM-Aufrufe pro Minute; schneller gibt 429-Antworten</translation>
    </message>
    <message>
        <source>base64 of &quot;User Identifier:SCIM password&quot;: paste it as the Secret Token in Azure AD</source>
        <translation>base64 von &quot;User Identifier:SCIM-Passwort&quot;: in Azure AD als Secret Token einfügen</translation>
    </message>
    <message>
        <source>Copy the secret token to the clipboard</source>
        <translation>Das geheime Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation>Mandanten-&amp;URL:</translation>
    </message>
    <message>
        <source>User &amp;Identifier:</source>
        <translation>User &amp;Identifier:</translation>
    </message>
    <message>
        <source>SCIM &amp;password:</source>
        <translation>SCIM-&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>Secret token:</source>
        <translation>Geheimes Token:</translation>
    </message>
    <message>
        <source>Keep the URL and identifier in the settings and the password in the OS keychain</source>
        <translation>URL und Kennung in den Einstellungen, das Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Conformance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <source>Users and Groups</source>
        <translation>Benutzer und Gruppen</translation>
    </message>
    <message>
        <source>Attribute Mapping</source>
        <translation>Attributzuordnung</translation>
    </message>
    <message>
        <source>The secret token is on the clipboard.</source>
        <translation>Das geheime Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Fill in the Tenant URL, the User Identifier and the SCIM password.</source>
        <translation>Mandanten-URL, User Identifier und SCIM-Passwort ausfüllen.</translation>
    </message>
    <message>
        <source>Asking the server what it supports…</source>
        <translation>Der Server wird nach seinen Fähigkeiten gefragt…</translation>
    </message>
    <message>
        <source>401: the server refused the credentials. Check the User Identifier and the SCIM password (set in Infor OS User Management), and Bearer or Basic.</source>
        <translation>401: Der Server hat die Anmeldedaten abgelehnt. User Identifier und SCIM-Passwort (in der Infor-OS-Benutzerverwaltung gesetzt) sowie Bearer oder Basic prüfen.</translation>
    </message>
    <message>
        <source>The server did not answer as SCIM: %1</source>
        <translation>Der Server hat nicht als SCIM geantwortet: %1</translation>
    </message>
    <message>
        <source>nothing optional</source>
        <translation>nichts Optionales</translation>
    </message>
    <message>
        <source>SCIM settings saved; the password is in the keychain.</source>
        <translation>SCIM-Einstellungen gespeichert; das Passwort ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The SCIM password could not be kept: %1</source>
        <translation>Das SCIM-Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Connected. The server supports: %1. Resource types: %2. Schemas: %3.</source>
        <translation>Verbunden. Der Server unterstützt: %1. Ressourcentypen: %2. Schemas: %3.</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine aufgeführt</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Test Conn&amp;ection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Hide (Ctrl+Shift+R hides every secret)</source>
        <translation>Verbergen (Strg+Umschalt+R verbirgt alle Geheimnisse)</translation>
    </message>
    <message>
        <source>Show (Ctrl+Shift+R shows every secret)</source>
        <translation>Anzeigen (Strg+Umschalt+R zeigt alle Geheimnisse)</translation>
    </message>
</context>
<context>
    <name>TeamActivity</name>
    <message>
        <source>Teammates&apos; changes show after a refresh (%1).</source>
        <translation>Änderungen von Teammitgliedern erscheinen nach einer Aktualisierung (%1).</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Replicated by %1 %2</source>
        <translation>Repliziert von %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) copied from the tenant&apos;s log.</source>
        <translation>
            <numerusform>%Ln Nachricht aus dem Protokoll des Mandanten kopiert.</numerusform>
            <numerusform>%Ln Nachrichten aus dem Protokoll des Mandanten kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>That replication stopped early; the next refresh continues from there.</source>
        <translation>Diese Replikation hat vorzeitig aufgehört; die nächste Aktualisierung macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>TenantRouting</name>
    <message>
        <source>The routing needs the arrays &quot;connectionPoints&quot; and &quot;documentFlows&quot;.</source>
        <translation>Das Routing braucht die Arrays „connectionPoints“ und „documentFlows“.</translation>
    </message>
    <message>
        <source>The connection point &quot;%1&quot; needs a logical id starting with lid://.</source>
        <translation>Der Verbindungspunkt „%1“ braucht eine logische ID, die mit lid:// beginnt.</translation>
    </message>
    <message>
        <source>The document flow &quot;%1&quot; connects an unknown connection point.</source>
        <translation>Der Dokumentfluss „%1“ verbindet einen unbekannten Verbindungspunkt.</translation>
    </message>
    <message>
        <source>The filter of the document flow &quot;%1&quot;: %2</source>
        <translation>Der Filter des Dokumentenflusses „%1“: %2</translation>
    </message>
    <message>
        <source>%1 is not a connection point of this tenant</source>
        <translation>%1 ist kein Verbindungspunkt dieses Mandanten</translation>
    </message>
    <message>
        <source>the connection point %1 is not active</source>
        <translation>der Verbindungspunkt %1 ist nicht aktiv</translation>
    </message>
    <message>
        <source>%1 does not list %2 among the documents it sends</source>
        <translation>%1 führt %2 nicht unter den Dokumenten, die er sendet</translation>
    </message>
    <message>
        <source>no active document flow routes %1 from %2</source>
        <translation>kein aktiver Dokumentenfluss leitet %1 von %2 weiter</translation>
    </message>
</context>
<context>
    <name>TestAdvice</name>
    <message>
        <source>The host name in %1 could not be resolved. Check the Service URL (iu in the .ionapi file) and that your DNS, VPN or proxy can reach Infor&apos;s hosts.</source>
        <translation>Der Hostname in %1 konnte nicht aufgelöst werden. Prüfen Sie die Service-URL (iu in der .ionapi-Datei) und ob DNS, VPN oder Proxy die Hosts von Infor erreichen.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1. Check the host and port of the Service URL; for the sandbox, check that it is running.</source>
        <translation>Unter %1 nimmt niemand Verbindungen an. Prüfen Sie Host und Port der Service-URL; bei der Sandbox, ob sie läuft.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Check firewalls and proxies, or raise the timeout on the Advanced tab.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie Firewalls und Proxys oder erhöhen Sie das Zeitlimit auf der Registerkarte „Erweitert“.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2. If you know this server (for example the local sandbox), choose &quot;Trust Certificate…&quot;; otherwise do not connect.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1). SHA-256-Fingerabdruck: %2. Wenn Sie diesen Server kennen (zum Beispiel die lokale Sandbox), wählen Sie „Zertifikat vertrauen…“; andernfalls verbinden Sie sich nicht.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Check that the URL uses https:// on a TLS port.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2). Prüfen Sie, ob die URL https:// auf einem TLS-Port verwendet.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2.</source>
        <translation>%1 nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>The authorization server rejected the client (invalid_client). Check the Client ID (ci) and the Client Secret (cs): the secret may have been regenerated in ION API &gt; Authorized Apps. Download the .ionapi file again.</source>
        <translation>Der Autorisierungsserver hat den Client abgelehnt (invalid_client). Prüfen Sie Client-ID (ci) und Client-Geheimnis (cs): Das Geheimnis wurde vielleicht in ION API &gt; Authorized Apps neu erzeugt. Laden Sie die .ionapi-Datei erneut herunter.</translation>
    </message>
    <message>
        <source>The service account was rejected (invalid_grant). Check the Username (saak) and the Password (sask): the service account may have been deleted or its keys regenerated. Download the .ionapi file again with &quot;Create Service Account&quot; switched on.</source>
        <translation>Das Dienstkonto wurde abgelehnt (invalid_grant). Prüfen Sie Benutzername (saak) und Passwort (sask): Das Dienstkonto wurde vielleicht gelöscht oder seine Schlüssel neu erzeugt. Laden Sie die .ionapi-Datei mit eingeschaltetem „Create Service Account“ erneut herunter.</translation>
    </message>
    <message>
        <source>The client may not use this grant type (unauthorized_client). The Authorized App must be a Backend Service with a service account.</source>
        <translation>Der Client darf diesen Grant-Typ nicht verwenden (unauthorized_client). Die Authorized App muss ein Backend Service mit Dienstkonto sein.</translation>
    </message>
    <message>
        <source>The server does not support this grant type. Switch the grant on the Advanced tab.</source>
        <translation>Der Server unterstützt diesen Grant-Typ nicht. Wechseln Sie den Grant auf der Registerkarte „Erweitert“.</translation>
    </message>
    <message>
        <source>The requested scope was refused (invalid_scope). Check the scopes of the Authorized App.</source>
        <translation>Der angeforderte Scope wurde abgelehnt (invalid_scope). Prüfen Sie die Scopes der Authorized App.</translation>
    </message>
    <message>
        <source>The token endpoint does not exist (HTTP 404). Check the Token URL (pu + ot).</source>
        <translation>Den Token-Endpunkt gibt es nicht (HTTP 404). Prüfen Sie die Token-URL (pu + ot).</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without a token. Check the Token URL (pu + ot).</source>
        <translation>Der Token-Endpunkt antwortete mit HTTP %1 ohne Token. Prüfen Sie die Token-URL (pu + ot).</translation>
    </message>
    <message>
        <source>The authorization server refused the request: %1.</source>
        <translation>Der Autorisierungsserver hat die Anfrage abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The token was issued but the Gateway refused it even after a refresh (HTTP 401). Check that the Service URL and the Token URL belong to the same tenant.</source>
        <translation>Das Token wurde ausgestellt, aber das Gateway hat es auch nach einer Erneuerung abgelehnt (HTTP 401). Prüfen Sie, ob Service-URL und Token-URL zum selben Mandanten gehören.</translation>
    </message>
    <message>
        <source>The token was issued but the call was refused (HTTP 403). Scope enforcement is probably on while the Authorized App declares no scopes, or the service account lacks the IONAPI roles.</source>
        <translation>Das Token wurde ausgestellt, aber der Aufruf abgelehnt (HTTP 403). Vermutlich ist die Scope-Prüfung eingeschaltet, während die Authorized App keine Scopes angibt, oder dem Dienstkonto fehlen die IONAPI-Rollen.</translation>
    </message>
    <message>
        <source>The Gateway has no such API (HTTP 404). Check the tenant id at the end of the Service URL (iu + &quot;/&quot; + ti).</source>
        <translation>Das Gateway kennt diese API nicht (HTTP 404). Prüfen Sie die Mandanten-ID am Ende der Service-URL (iu + &quot;/&quot; + ti).</translation>
    </message>
    <message>
        <source>The Gateway&apos;s quota is used up (HTTP 429). Wait %1 s and test again.</source>
        <translation>Das Kontingent des Gateways ist aufgebraucht (HTTP 429). Warten Sie %1 s und testen Sie erneut.</translation>
    </message>
    <message>
        <source>ION Messaging Service is unavailable (HTTP 503): the IMS document flow may be inactive, or the service is restarting. Try again later.</source>
        <translation>Der ION Messaging Service ist nicht verfügbar (HTTP 503): Der IMS-Dokumentfluss ist vielleicht inaktiv oder der Dienst startet neu. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Der Server ist fehlgeschlagen (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Unexpected answer HTTP %1 from the ION API.</source>
        <translation>Unerwartete Antwort HTTP %1 von der ION API.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than %1 (%2). Check the host in the URL (the certificate&apos;s names: %3); trusting this certificate would not make it right.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Hostnamen als %1 (%2). Prüfen Sie den Host in der URL (Namen im Zertifikat: %3); diesem Zertifikat zu vertrauen würde das nicht richtig machen.</translation>
    </message>
    <message>
        <source>none shown</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>The token endpoint failed for now (HTTP %1): a passing fault of the authorization server or of a proxy in front of it, not a wrong setting. Test again in a minute; if it lasts, check Infor&apos;s service status.</source>
        <translation>Der Token-Endpunkt ist vorübergehend ausgefallen (HTTP %1): ein vorübergehender Fehler des Autorisierungsservers oder eines Proxys davor, keine falsche Einstellung. Testen Sie in einer Minute erneut; hält es an, prüfen Sie Infors Dienststatus.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>ION Workbench User Guide</source>
        <translation>ION Workbench Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>XmlShapeCheck</name>
    <message>
        <source>A text node of more than %1 MB starts here; the limit is %1 MB.</source>
        <translation>Hier beginnt ein Textknoten mit mehr als %1 MB; die Grenze liegt bei %1 MB.</translation>
    </message>
    <message>
        <source>An element here has more than %1 attributes; the limit is %1.</source>
        <translation>Ein Element hier hat mehr als %1 Attribute; die Grenze liegt bei %1.</translation>
    </message>
</context>
</TS>
