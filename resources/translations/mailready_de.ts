<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>mailready::ui::AddressPage</name>
    <message>
        <source>Public address and reverse DNS</source>
        <translation>Öffentliche Adresse und Reverse DNS</translation>
    </message>
    <message>
        <source>Receivers look up the address your server sends from: it needs a reverse DNS (PTR) name that points back to it and matches the name the server announces.</source>
        <translation>Empfänger schlagen die Adresse nach, von der Ihr Server sendet: Sie braucht einen Reverse-DNS-Namen (PTR), der auf sie zurückzeigt und zu dem Namen passt, mit dem sich der Server meldet.</translation>
    </message>
    <message>
        <source>203.0.113.5</source>
        <translation>203.0.113.5</translation>
    </message>
    <message>
        <source>The public address(es) your mail server sends from. The one found for this computer is filled in; correct it if the server leaves by another address (VPN, another line).</source>
        <translation>Die öffentliche(n) Adresse(n), von der/denen Ihr Mailserver sendet. Die für diesen Rechner gefundene ist eingetragen; korrigieren Sie sie, wenn der Server über eine andere Adresse hinausgeht (VPN, andere Leitung).</translation>
    </message>
    <message>
        <source>&amp;Use these addresses</source>
        <translation>Diese Adressen &amp;verwenden</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
</context>
<context>
    <name>mailready::ui::CheckPage</name>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Keep checking every 30 seconds while I publish</source>
        <translation>&amp;Laufend alle 30 Sekunden prüfen, während ich veröffentliche</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Stop the checks under way; what has finished stays shown.</source>
        <translation>Die laufenden Prüfungen anhalten; was schon fertig ist, bleibt sichtbar.</translation>
    </message>
</context>
<context>
    <name>mailready::ui::CheckPanel</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Show DNS evidence</source>
        <translation>DNS-Nachweise anzeigen</translation>
    </message>
    <message>
        <source>   Fix: %1</source>
        <translation>   Lösung: %1</translation>
    </message>
    <message>
        <source>  TTL %1 s</source>
        <translation>  TTL %1 s</translation>
    </message>
    <message>
        <source>  %1 ms</source>
        <translation>  %1 ms</translation>
    </message>
    <message>
        <source>Published: the authoritative servers have it. Resolvers that asked before may keep the old answer until %1.</source>
        <translation>Veröffentlicht: Die autoritativen Server haben den Eintrag. Resolver, die vorher gefragt haben, behalten die alte Antwort womöglich bis %1.</translation>
    </message>
    <message>
        <source>%1 of %2 queries answered…</source>
        <translation>%1 von %2 Abfragen beantwortet…</translation>
    </message>
</context>
<context>
    <name>mailready::ui::ChecklistPdf</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mailready::ui::DeliveryPage</name>
    <message>
        <source>&amp;Direct delivery: the server sends mail itself</source>
        <translation>&amp;Direkte Zustellung: Der Server verschickt die Mails selbst</translation>
    </message>
    <message>
        <source>Through a re&amp;lay: a smarthost, a VPS of my own, or a mail service</source>
        <translation>Über ein &amp;Relay: ein Smarthost, ein eigener VPS oder ein Maildienst</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>On the VPS itself (Postfix):</source>
        <translation>Auf dem VPS selbst (Postfix):</translation>
    </message>
    <message>
        <source>How mail leaves</source>
        <translation>Wie Mail hinausgeht</translation>
    </message>
    <message>
        <source>On a home line the address changes, the ISP owns the reverse DNS and may block port 25, and receivers often refuse mail sent straight from it. Then a relay is the way that works.</source>
        <translation>An einem Heimanschluss wechselt die Adresse, den Reverse DNS verwaltet der Provider, Port 25 ist womöglich gesperrt, und Empfänger lehnen direkt von dort gesendete Mail oft ab. Dann führt der Weg über ein Relay.</translation>
    </message>
    <message>
        <source>Looking at this line (blocklists, reverse DNS, port 25)…</source>
        <translation>Dieser Anschluss wird untersucht (Blocklisten, Reverse DNS, Port 25)…</translation>
    </message>
    <message>
        <source>My ISP&apos;s smarthost</source>
        <translation>Der Smarthost meines Providers</translation>
    </message>
    <message>
        <source>A VPS of my own</source>
        <translation>Ein eigener VPS</translation>
    </message>
    <message>
        <source>A mail service</source>
        <translation>Ein Maildienst</translation>
    </message>
    <message>
        <source>smtp.example.net:587</source>
        <translation>smtp.example.net:587</translation>
    </message>
    <message>
        <source>the login the relay gave you</source>
        <translation>die Anmeldung, die Sie vom Relay bekommen haben</translation>
    </message>
    <message>
        <source>Postfix</source>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>Exim</source>
        <translation>Exim</translation>
    </message>
    <message>
        <source>OpenSMTPD</source>
        <translation>OpenSMTPD</translation>
    </message>
    <message>
        <source>Relay &amp;type:</source>
        <translation>Relay-&amp;Art:</translation>
    </message>
    <message>
        <source>Mail ser&amp;vice:</source>
        <translation>MaildMai&amp;ldienst:ienst:</translation>
    </message>
    <message>
        <source>Relay &amp;host:</source>
        <translation>Relay-&amp;Host:</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Anmeldun&amp;g:</translation>
    </message>
    <message>
        <source>Use this rela&amp;y</source>
        <translation>Dieses Relay &amp;verwenden</translation>
    </message>
    <message>
        <source>Mail server soft&amp;ware:</source>
        <translation>Mail&amp;server-Software:</translation>
    </message>
    <message>
        <source>&amp;Copy lines</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy V&amp;PS lines</source>
        <translation>V&amp;PS-Zeilen kopieren</translation>
    </message>
    <message>
        <source>Lines for the home server&apos;s configuration (PASSWORD is yours to fill in):</source>
        <translation>Zeilen für die Konfiguration des Heimservers (PASSWORD tragen Sie selbst ein):</translation>
    </message>
    <message>
        <source>Proposed: send through a relay. Because:</source>
        <translation>Vorschlag: über ein Relay senden. Denn:</translation>
    </message>
    <message>
        <source>Proposed: deliver directly. Because:</source>
        <translation>Vorschlag: direkt zustellen. Denn:</translation>
    </message>
    <message>
        <source>Not verified: %1.</source>
        <translation>Nicht bestätigt: %1.</translation>
    </message>
    <message>
        <source>SPF: include:%1. %2</source>
        <translation>SPF: include:%1. %2</translation>
    </message>
    <message>
        <source>It signs with DKIM for your domain once you publish its key.</source>
        <translation>Er signiert mit DKIM für Ihre Domain, sobald Sie seinen Schlüssel veröffentlichen.</translation>
    </message>
    <message>
        <source>It does not sign with DKIM for your domain.</source>
        <translation>Er signiert nicht mit DKIM für Ihre Domain.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT.</source>
        <translation>„%1“ ist nicht HOST oder HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>mailready::ui::DkimPage</name>
    <message>
        <source>&amp;Generate a new key</source>
        <translation>&amp;Neuen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>I&amp;mport an existing private key file</source>
        <translation>Vorhandene private Schlüsseldatei i&amp;mportieren</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Generate ke&amp;y</source>
        <translation>Schlüssel erze&amp;ugen</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Choo&amp;se file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>&amp;Use this key</source>
        <translation>Diesen Schlüssel &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the existing &amp;file instead</source>
        <translation>Stattdessen die vorhandene Datei &amp;benutzen</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Your server signs each message with a private key; receivers check the signature with the public key you publish in DNS.</source>
        <translation>Ihr Server signiert jede Nachricht mit einem privaten Schlüssel; Empfänger prüfen die Signatur mit dem öffentlichen Schlüssel, den Sie im DNS veröffentlichen.</translation>
    </message>
    <message>
        <source>The name the key is published under (s= in signatures). A new name for every new key lets the old one stay published until no mail signed with it is underway.</source>
        <translation>Der Name, unter dem der Schlüssel veröffentlicht wird (s= in Signaturen). Ein neuer Name für jeden neuen Schlüssel lässt den alten veröffentlicht, bis keine damit signierte Mail mehr unterwegs ist.</translation>
    </message>
    <message>
        <source>Se&amp;lector:</source>
        <translation>Selek&amp;tor:</translation>
    </message>
    <message>
        <source>RSA 2048 bits (recommended)</source>
        <translation>RSA 2048 Bit (empfohlen)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 Bit</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 Bit</translation>
    </message>
    <message>
        <source>Ed25519 (in addition to RSA)</source>
        <translation>Ed25519 (zusätzlich zu RSA)</translation>
    </message>
    <message>
        <source>Algori&amp;thm:</source>
        <translation>Algo&amp;rithmus:</translation>
    </message>
    <message>
        <source>Save key &amp;in:</source>
        <translation>Schlüssel speichern &amp;in:</translation>
    </message>
    <message>
        <source>Stop waiting for the key. A key already saved is kept; nothing else is removed.</source>
        <translation>Nicht länger auf den Schlüssel warten. Ein bereits gespeicherter Schlüssel bleibt erhalten; sonst wird nichts entfernt.</translation>
    </message>
    <message>
        <source>/etc/opendkim/keys/example.com/2026a.private</source>
        <translation>/etc/opendkim/keys/example.com/2026a.private</translation>
    </message>
    <message>
        <source>Private key fil&amp;e:</source>
        <translation>&amp;Private Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Tell your mail server to sign with the key. The snippets name the key file where it is now: if you copy it to the mail server, change the path to where it lives there, and keep it readable by the signer only.</source>
        <translation>Weisen Sie Ihren Mailserver an, mit dem Schlüssel zu signieren. Die Ausschnitte nennen die Schlüsseldatei dort, wo sie jetzt liegt: Wenn Sie sie auf den Mailserver kopieren, ändern Sie den Pfad auf den Ort dort, und lassen Sie sie nur für den Signierer lesbar.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Save the key in</source>
        <translation>Schlüssel speichern in</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private Schlüsseldatei</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key *.private);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key *.private);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Every receiver verifies it, and the record fits every DNS panel.</source>
        <translation>Jeder Empfänger prüft ihn, und der Eintrag passt in jedes DNS-Panel.</translation>
    </message>
    <message>
        <source>Stronger; the record is longer, so check that your DNS panel accepts long TXT values.</source>
        <translation>Stärker; der Eintrag ist länger, prüfen Sie also, ob Ihr DNS-Panel lange TXT-Werte annimmt.</translation>
    </message>
    <message>
        <source>The record is about 750 characters: some DNS panels refuse TXT values that long, and some receivers time out on the large answer. Making the key can take several seconds.</source>
        <translation>Der Eintrag ist etwa 750 Zeichen lang: Manche DNS-Panels lehnen so lange TXT-Werte ab, und bei manchen Empfängern läuft die große Antwort in eine Zeitüberschreitung. Das Erzeugen des Schlüssels kann mehrere Sekunden dauern.</translation>
    </message>
    <message>
        <source>Publish an Ed25519 key beside an RSA key, never instead of one: many receivers still verify only RSA signatures, and sign with both keys.</source>
        <translation>Veröffentlichen Sie einen Ed25519-Schlüssel neben einem RSA-Schlüssel, nie an seiner Stelle: Viele Empfänger prüfen noch immer nur RSA-Signaturen. Signieren Sie mit beiden Schlüsseln.</translation>
    </message>
    <message>
        <source>Enter a selector, for example %1.</source>
        <translation>Geben Sie einen Selektor ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid selector: use letters, digits and hyphens, for example %2.</source>
        <translation>„%1“ ist kein gültiger Selektor: Verwenden Sie Buchstaben, Ziffern und Bindestriche, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Choose a folder to save the key in.</source>
        <translation>Wählen Sie einen Ordner, in dem der Schlüssel gespeichert wird.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1 already exists, and an existing key is never overwritten. Use that file as your key, or choose another selector (for example %2).</source>
        <translation>%1 existiert bereits, und ein vorhandener Schlüssel wird nie überschrieben. Verwenden Sie diese Datei als Ihren Schlüssel, oder wählen Sie einen anderen Selektor (zum Beispiel %2).</translation>
    </message>
    <message>
        <source>Making the key; an RSA 4096 key can take several seconds…</source>
        <translation>Der Schlüssel wird erzeugt; ein RSA-4096-Schlüssel kann mehrere Sekunden dauern…</translation>
    </message>
    <message>
        <source>Making the key…</source>
        <translation>Der Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>Stopped. No key was made.</source>
        <translation>Angehalten. Es wurde kein Schlüssel erzeugt.</translation>
    </message>
    <message>
        <source>The key was already saved when you stopped: it is kept in %1. Import it to use it, or delete the file.</source>
        <translation>Der Schlüssel war schon gespeichert, als Sie angehalten haben: Er bleibt in %1 erhalten. Importieren Sie ihn, um ihn zu verwenden, oder löschen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 appeared while the key was being made; it is never overwritten. Use that file as your key, or choose another selector.</source>
        <translation>%1 ist entstanden, während der Schlüssel erzeugt wurde; die Datei wird nie überschrieben. Verwenden Sie diese Datei als Ihren Schlüssel, oder wählen Sie einen anderen Selektor.</translation>
    </message>
    <message>
        <source>The key could not be made: %1</source>
        <translation>Der Schlüssel konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>A new key was saved in %1 (readable by you only).</source>
        <translation>Ein neuer Schlüssel wurde in %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Enter the path of your private key file.</source>
        <translation>Geben Sie den Pfad Ihrer privaten Schlüsseldatei ein.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a DKIM key: %2.</source>
        <translation>%1 kann nicht als DKIM-Schlüssel verwendet werden: %2.</translation>
    </message>
    <message>
        <source>Using the key in %1.</source>
        <translation>Der Schlüssel in %1 wird verwendet.</translation>
    </message>
    <message>
        <source>DKIM key for %1 (selector %2)</source>
        <translation>DKIM-Schlüssel für %1 (Selektor %2)</translation>
    </message>
    <message>
        <source>Key file: %1
Selector: %2   (%3, %4 bits)</source>
        <translation>Schlüsseldatei: %1
Selektor: %2   (%3, %4 Bit)</translation>
    </message>
    <message>
        <source>Keep an RSA key published and signing as well: Ed25519 goes beside RSA, never instead of it.</source>
        <translation>Lassen Sie auch einen RSA-Schlüssel veröffentlicht und signierend: Ed25519 kommt neben RSA, nie an seine Stelle.</translation>
    </message>
    <message>
        <source>Open&amp;DKIM and Postfix</source>
        <translation>Open&amp;DKIM und Postfix</translation>
    </message>
    <message>
        <source>rs&amp;pamd</source>
        <translation>r&amp;spamd</translation>
    </message>
    <message>
        <source>E&amp;xim</source>
        <translation>E&amp;xim</translation>
    </message>
    <message>
        <source>&amp;Copy configuration</source>
        <translation>Konfiguration &amp;kopieren</translation>
    </message>
    <message>
        <source>Using the key in %1 from before. Choose another one below if you like.</source>
        <translation>Der Schlüssel in %1 von früher wird verwendet. Wählen Sie unten einen anderen, wenn Sie möchten.</translation>
    </message>
</context>
<context>
    <name>mailready::ui::DmarcPage</name>
    <message>
        <source>Stage &amp;1: monitor only (p=none, with reports)</source>
        <translation>Stufe &amp;1: nur beobachten (p=none, mit Berichten)</translation>
    </message>
    <message>
        <source>Stage &amp;2: quarantine (p=quarantine)</source>
        <translation>Stufe &amp;2: Quarantäne (p=quarantine)</translation>
    </message>
    <message>
        <source>Stage &amp;3: reject (p=reject)</source>
        <translation>Stufe &amp;3: abweisen (p=reject)</translation>
    </message>
    <message>
        <source>Show ad&amp;vanced options</source>
        <translation>Erweiterte &amp;Optionen anzeigen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Stri&amp;ct alignment (adkim=s; aspf=s): mail never comes from subdomains</source>
        <translation>&amp;Strikte Ausrichtung (adkim=s; aspf=s): Mail kommt nie von Subdomains</translation>
    </message>
    <message>
        <source>Refuse mail from made-up s&amp;ubdomains in stage 3 (np=reject)</source>
        <translation>In Stufe 3 Mail von erfundenen S&amp;ubdomains abweisen (np=reject)</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>A DMARC record tells receivers what to do with mail in your name that fails SPF and DKIM, and where to send reports about it. Go there in three steps, so your own mail is never blocked.</source>
        <translation>Ein DMARC-Eintrag sagt Empfängern, was sie mit Mail in Ihrem Namen tun sollen, die SPF und DKIM nicht besteht, und wohin sie Berichte darüber senden. Gehen Sie in drei Stufen dorthin, damit Ihre eigene Mail nie blockiert wird.</translation>
    </message>
    <message>
        <source>Start by only watching: receivers send you daily reports and block nothing. When the reports show that all your own mail passes, ask for suspicious mail to go to the spam folder (quarantine), and finally for it to be refused (reject).</source>
        <translation>Beginnen Sie mit reinem Beobachten: Empfänger senden Ihnen tägliche Berichte und blockieren nichts. Wenn die Berichte zeigen, dass Ihre gesamte eigene Mail besteht, lassen Sie verdächtige Mail in den Spam-Ordner verschieben (quarantine) und schließlich abweisen (reject).</translation>
    </message>
    <message>
        <source>Receivers send their daily aggregate reports (rua=) here. Use a mailbox that can take a few messages a day.</source>
        <translation>Empfänger senden ihre täglichen Sammelberichte (rua=) hierher. Verwenden Sie ein Postfach, das ein paar Nachrichten am Tag aufnehmen kann.</translation>
    </message>
    <message>
        <source>Reports &amp;to:</source>
        <translation>&amp;Berichte an:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Same as the domain (no sp=)</source>
        <translation>Wie die Domain (kein sp=)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>quarantine</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <source>Sub&amp;domain policy (sp=):</source>
        <translation>Richtlinie für Sub&amp;domains (sp=):</translation>
    </message>
    <message>
        <source>Enter the address that should receive the reports.</source>
        <translation>Geben Sie die Adresse ein, die die Berichte erhalten soll.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mail address: it needs a name, @ and a domain.</source>
        <translation>„%1“ ist keine Mailadresse: Sie braucht einen Namen, @ und eine Domain.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used in a DMARC record: the part before @ may not hold spaces or any of , ; ! &lt; &gt; &quot; ( ) [ ] \.</source>
        <translation>„%1“ kann nicht in einem DMARC-Eintrag stehen: Der Teil vor @ darf keine Leerzeichen und keines der Zeichen , ; ! &lt; &gt; &quot; ( ) [ ] \ enthalten.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation>Der Teil vor @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid mail domain.</source>
        <translation>„%1“ ist keine gültige Maildomain.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>DMARC policy for %1 (%2)</source>
        <translation>DMARC-Richtlinie für %1 (%2)</translation>
    </message>
    <message>
        <source>The reports go to another domain. Receivers only send them when %1 agrees, by publishing this record there:
%2</source>
        <translation>Die Berichte gehen an eine andere Domain. Empfänger senden sie nur, wenn %1 zustimmt, indem dort dieser Eintrag veröffentlicht wird:
%2</translation>
    </message>
    <message>
        <source>Permission for %1 to receive DMARC reports about %2</source>
        <translation>Erlaubnis für %1, DMARC-Berichte über %2 zu empfangen</translation>
    </message>
</context>
<context>
    <name>mailready::ui::MailReadyWizard</name>
    <message>
        <source>MailReady</source>
        <translation>MailReady</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Blocklisten</translation>
    </message>
    <message>
        <source>Receivers refuse mail from addresses on DNS blocklists. Each list is first checked for health, so a broken or refusing list never counts as clean or as listed.</source>
        <translation>Empfänger lehnen Mail von Adressen auf DNS-Blocklisten ab. Jede Liste wird zuerst auf ihren Zustand geprüft, damit eine defekte oder verweigernde Liste nie als sauber oder als Eintrag zählt.</translation>
    </message>
    <message>
        <source>About MailReady</source>
        <translation>Über MailReady</translation>
    </message>
    <message>
        <source>MailReady %1</source>
        <translation>MailReady %1</translation>
    </message>
    <message>
        <source>Gets a self-hosted mail server&apos;s mail accepted: blocklists, reverse DNS, SPF, DKIM and DMARC, checked and set up step by step.

Built with Qt %1, OpenSSL and ldns.</source>
        <translation>Sorgt dafür, dass die Mail eines selbst betriebenen Mailservers angenommen wird: Blocklisten, Reverse DNS, SPF, DKIM und DMARC, Schritt für Schritt geprüft und eingerichtet.

Erstellt mit Qt %1, OpenSSL und ldns.</translation>
    </message>
</context>
<context>
    <name>mailready::ui::PublishPage</name>
    <message>
        <source>Publish your records</source>
        <translation>Einträge veröffentlichen</translation>
    </message>
    <message>
        <source>Add each record in your DNS provider&apos;s panel (paste the value as one string) or in your zone file (paste the line). Then continue to verify them.</source>
        <translation>Legen Sie jeden Eintrag im Panel Ihres DNS-Anbieters an (den Wert als eine Zeichenkette einfügen) oder in Ihrer Zonendatei (die Zeile einfügen). Prüfen Sie sie danach im nächsten Schritt.</translation>
    </message>
    <message>
        <source>Nothing to publish yet: go back and complete the SPF, DKIM and DMARC pages.</source>
        <translation>Noch nichts zu veröffentlichen: Gehen Sie zurück und füllen Sie die Seiten zu SPF, DKIM und DMARC aus.</translation>
    </message>
    <message>
        <source>&amp;Save as zone file…</source>
        <translation>Als Zonendatei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save zone file</source>
        <translation>Zonendatei speichern</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt);;All files (*)</source>
        <translation>Zonendateien (*.zone *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>; DNS records for %1, composed by MailReady
</source>
        <translation>; DNS-Einträge für %1, erstellt von MailReady
</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mailready::ui::RecordView</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>%1   type %2</source>
        <translation>%1   Typ %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value for a web DNS panel:</source>
        <translation>Wert für ein DNS-Webpanel:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Zone-file line:</source>
        <translation>Zeile für die Zonendatei:</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>mailready::ui::SpfPage</name>
    <message>
        <source>Replace the published record with a ne&amp;w one</source>
        <translation>Den veröffentlichten Eintrag durch einen &amp;neuen ersetzen</translation>
    </message>
    <message>
        <source>The domain&apos;s &amp;MX hosts send mail too (mx)</source>
        <translation>Die &amp;MX-Hosts der Domain senden ebenfalls Mail (mx)</translation>
    </message>
    <message>
        <source>The domain name&apos;s own a&amp;ddress sends mail too (a)</source>
        <translation>Die eigene A&amp;dresse des Domainnamens sendet ebenfalls Mail (a)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>An SPF record lists the addresses allowed to send mail for your domain.</source>
        <translation>Ein SPF-Eintrag listet die Adressen auf, die Mail für Ihre Domain senden dürfen.</translation>
    </message>
    <message>
        <source>What is published now</source>
        <translation>Was jetzt veröffentlicht ist</translation>
    </message>
    <message>
        <source>Publis&amp;hed record:</source>
        <translation>Veröffentlic&amp;hter Eintrag:</translation>
    </message>
    <message>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Auswertung:</translation>
    </message>
    <message>
        <source>Who sends mail for the domain</source>
        <translation>Wer Mail für die Domain sendet</translation>
    </message>
    <message>
        <source>e.g. _spf.relay.example, when a relay provider sends for you</source>
        <translation>z. B. _spf.relay.example, wenn ein Relay-Anbieter für Sie sendet</translation>
    </message>
    <message>
        <source>-all: receivers refuse mail from any other address (recommended)</source>
        <translation>-all: Empfänger lehnen Mail von jeder anderen Adresse ab (empfohlen)</translation>
    </message>
    <message>
        <source>~all: receivers only mark it as suspicious (while testing)</source>
        <translation>~all: Empfänger markieren sie nur als verdächtig (während des Testens)</translation>
    </message>
    <message>
        <source>Relay &amp;provider (include):</source>
        <translation>Relay-Anbieter (&amp;include):</translation>
    </message>
    <message>
        <source>&amp;Other senders:</source>
        <translation>&amp;Sonstige Absender:</translation>
    </message>
    <message>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message>
        <source>For %1: %2 (%3)
</source>
        <translation>Für %1: %2 (%3)
</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No SPF record is published for %1.</source>
        <translation>Für %1 ist kein SPF-Eintrag veröffentlicht.</translation>
    </message>
    <message>
        <source>Not a domain name: %1</source>
        <translation>Kein Domainname: %1</translation>
    </message>
    <message>
        <source>Enter the mail domain on the first page.</source>
        <translation>Geben Sie die Maildomain auf der ersten Seite ein.</translation>
    </message>
    <message>
        <source>The published SPF record could not be read, so nothing is proposed yet. Re-check when DNS answers again.</source>
        <translation>Der veröffentlichte SPF-Eintrag konnte nicht gelesen werden, daher wird noch nichts vorgeschlagen. Prüfen Sie erneut, wenn das DNS wieder antwortet.</translation>
    </message>
    <message>
        <source>Publish this record in place of the one published now (a domain has one SPF record).</source>
        <translation>Veröffentlichen Sie diesen Eintrag anstelle des jetzt veröffentlichten (eine Domain hat genau einen SPF-Eintrag).</translation>
    </message>
    <message>
        <source>No sending address is known yet: the record below lists none. Enter the server&apos;s address on the first page.</source>
        <translation>Noch ist keine Absendeadresse bekannt: Der Eintrag unten nennt keine. Geben Sie die Adresse des Servers auf der ersten Seite ein.</translation>
    </message>
</context>
<context>
    <name>mailready::ui::StatusIndicator</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>mailready::ui::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Every threshold, checked again. New records are read from your domain&apos;s own nameservers, so they show as soon as they are published.</source>
        <translation>Jede Schwelle wird erneut geprüft. Neue Einträge werden direkt bei den Nameservern Ihrer Domain abgefragt, daher erscheinen sie, sobald sie veröffentlicht sind.</translation>
    </message>
    <message>
        <source>E&amp;xport PDF checklist…</source>
        <translation>PDF-Checkliste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export PDF checklist</source>
        <translation>PDF-Checkliste exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The thresholds receivers judge</source>
        <translation>Die Schwellen, an denen Empfänger messen</translation>
    </message>
</context>
<context>
    <name>mailready::ui::WelcomePage</name>
    <message>
        <source>Your mail server</source>
        <translation>Ihr Mailserver</translation>
    </message>
    <message>
        <source>MailReady checks what receivers require before they accept mail from a server: no blocklist listing, reverse DNS, SPF, DKIM and DMARC. Start with the names your server uses.</source>
        <translation>MailReady prüft, was Empfänger verlangen, bevor sie Mail von einem Server annehmen: kein Eintrag auf einer Blockliste, Reverse DNS, SPF, DKIM und DMARC. Beginnen Sie mit den Namen, die Ihr Server verwendet.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>The part after the @ in your mail addresses.</source>
        <translation>Der Teil nach dem @ in Ihren Mailadressen.</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>The name your mail server announces in EHLO (Postfix: myhostname).</source>
        <translation>Der Name, mit dem sich Ihr Mailserver im EHLO meldet (Postfix: myhostname).</translation>
    </message>
    <message>
        <source>found automatically when left empty</source>
        <translation>wird automatisch ermittelt, wenn leer</translation>
    </message>
    <message>
        <source>The public address(es) your server sends from, separated by spaces or commas.</source>
        <translation>Die öffentliche(n) Adresse(n), von der/denen Ihr Server sendet, getrennt durch Leerzeichen oder Kommas.</translation>
    </message>
    <message>
        <source>the system&apos;s resolvers</source>
        <translation>die Resolver des Systems</translation>
    </message>
    <message>
        <source>Send every DNS query to these servers, as HOST or HOST:PORT ([::1]:5353 for IPv6).</source>
        <translation>Jede DNS-Abfrage an diese Server senden, als HOST oder HOST:PORT ([::1]:5353 für IPv6).</translation>
    </message>
    <message>
        <source>Mail &amp;domain:</source>
        <translation>Mail&amp;domain:</translation>
    </message>
    <message>
        <source>Mail server &amp;hostname:</source>
        <translation>&amp;Hostname des Mailservers:</translation>
    </message>
    <message>
        <source>Server &amp;addresses:</source>
        <translation>Server-&amp;Adressen:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>&amp;Nameservers:</source>
        <translation>&amp;Nameserver:</translation>
    </message>
    <message>
        <source>Enter your mail domain.</source>
        <translation>Geben Sie Ihre Maildomain ein.</translation>
    </message>
    <message>
        <source>Mail domain: %1.</source>
        <translation>Maildomain: %1.</translation>
    </message>
    <message>
        <source>Mail server hostname: %1.</source>
        <translation>Hostname des Mailservers: %1.</translation>
    </message>
    <message>
        <source>Server addresses: &apos;%1&apos; is not an IPv4 or IPv6 address.</source>
        <translation>Serveradressen: „%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Nameservers: %1.</source>
        <translation>Nameserver: %1.</translation>
    </message>
</context>
<context>
    <name>mailready::ui::WizardModel</name>
    <message>
        <source>Finding the authoritative nameservers of %1…</source>
        <translation>Die autoritativen Nameserver von %1 werden gesucht…</translation>
    </message>
    <message>
        <source>Asking %1&apos;s own nameservers directly (%2), so new records show at once.</source>
        <translation>Die eigenen Nameserver von %1 werden direkt gefragt (%2), damit neue Einträge sofort erscheinen.</translation>
    </message>
    <message>
        <source>The authoritative nameservers could not be found; asking the usual resolver.</source>
        <translation>Die autoritativen Nameserver wurden nicht gefunden; es wird der übliche Resolver gefragt.</translation>
    </message>
</context>
</TS>
