<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>Publish the %1 record %2 (%3) in your DNS panel.</source>
        <translation>Den %1-Eintrag %2 (%3) im DNS-Panel veröffentlichen.</translation>
    </message>
    <message>
        <source>Check &quot;%1&quot; again: it could not be verified (%2).</source>
        <translation>„%1“ erneut prüfen: Es ließ sich nicht überprüfen (%2).</translation>
    </message>
    <message>
        <source>%1: passes, nothing to do.</source>
        <translation>%1: bestanden, nichts zu tun.</translation>
    </message>
    <message>
        <source>When everything above is done, wait for DNS to update (up to the records&apos; TTL), re-check in MailReady and export this checklist again.</source>
        <translation>Wenn alles oben erledigt ist: warten, bis das DNS aktualisiert ist (bis zur TTL der Einträge), in MailReady erneut prüfen und diese Checkliste neu exportieren.</translation>
    </message>
</context>
<context>
    <name>AddressChangeCheck</name>
    <message>
        <source>No earlier address is remembered for %1 (mailready check --remember records the one your records are made for)</source>
        <translation>Für %1 ist keine frühere Adresse gespeichert (mailready check --remember speichert die, für die Ihre Einträge gemacht sind)</translation>
    </message>
    <message>
        <source>The server&apos;s public address is not known, so it could not be compared</source>
        <translation>Die öffentliche Adresse des Servers ist nicht bekannt, daher konnte sie nicht verglichen werden</translation>
    </message>
    <message>
        <source>The public address could not be found out, so whether it changed since %1 is unverified.</source>
        <translation>Die öffentliche Adresse ließ sich nicht ermitteln, daher ist ungeprüft, ob sie sich seit %1 geändert hat.</translation>
    </message>
    <message>
        <source>Give the server&apos;s public address (for example --ip 203.0.113.5).</source>
        <translation>Geben Sie die öffentliche Adresse des Servers an (zum Beispiel --ip 203.0.113.5).</translation>
    </message>
    <message>
        <source>The public address is still %1, as remembered</source>
        <translation>Die öffentliche Adresse ist wie gespeichert weiterhin %1</translation>
    </message>
    <message>
        <source>The SPF record of %1 still authorizes the old home address (%2), which may now belong to someone else; mail leaves through the relay, so the home address need not be listed at all.</source>
        <translation>Der SPF-Eintrag von %1 erlaubt noch die alte Adresse des Heimanschlusses (%2), die jetzt womöglich jemand anderem gehört; die Mail wird über das Relay verschickt, daher muss die Heimadresse gar nicht aufgeführt sein.</translation>
    </message>
    <message>
        <source>Remove %1 from the TXT record at %2 (the spf check says what the relay needs).</source>
        <translation>Entfernen Sie %1 aus dem TXT-Eintrag bei %2 (die SPF-Prüfung sagt, was das Relay braucht).</translation>
    </message>
    <message>
        <source>The SPF record of %1 still authorizes the old address (%2), not the new one%3.</source>
        <translation>Der SPF-Eintrag von %1 erlaubt noch die alte Adresse (%2), nicht die neue%3.</translation>
    </message>
    <message>
        <source>The TXT record at %1 becomes: %2</source>
        <translation>Der TXT-Eintrag bei %1 wird zu: %2</translation>
    </message>
    <message>
        <source>The %1 record of %2 still points at the old address %3; mail for the server goes there.</source>
        <translation>Der %1-Eintrag von %2 zeigt noch auf die alte Adresse %3; Mail für den Server geht dorthin.</translation>
    </message>
    <message>
        <source>Change it to: %1 IN %2 %3</source>
        <translation>Ändern Sie ihn in: %1 IN %2 %3</translation>
    </message>
    <message>
        <source>Remove %1 IN %2 %3</source>
        <translation>Entfernen Sie %1 IN %2 %3</translation>
    </message>
    <message>
        <source>your mail server&apos;s name</source>
        <translation>den Namen Ihres Mailservers</translation>
    </message>
    <message>
        <source>A reverse DNS (PTR) name set for %1 does not follow to %2: only the address&apos;s owner (your ISP) can set it.</source>
        <translation>Ein für %1 gesetzter Reverse-DNS-Name (PTR) geht nicht auf %2 über: Nur der Inhaber der Adresse (Ihr Provider) kann ihn setzen.</translation>
    </message>
    <message>
        <source>the old address</source>
        <translation>die alte Adresse</translation>
    </message>
    <message>
        <source>Ask your ISP to set the PTR of %1 to %2, or send through a relay so the home address no longer matters to receivers.</source>
        <translation>Bitten Sie Ihren Provider, den PTR von %1 auf %2 zu setzen, oder senden Sie über ein Relay, damit die Heimadresse für Empfänger keine Rolle mehr spielt.</translation>
    </message>
    <message>
        <source>The public address changed from %1 to %2</source>
        <translation>Die öffentliche Adresse hat sich von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>The public address of this line changed since it was remembered (%1 -&gt; %2): it is dynamic and will change again.</source>
        <translation>Die öffentliche Adresse dieses Anschlusses hat sich seit dem Speichern geändert (%1 -&gt; %2): Sie ist dynamisch und wird sich wieder ändern.</translation>
    </message>
    <message>
        <source>After updating the records, record the new address with: mailready check --domain %1 --remember. A relay takes the changing address out of the picture.</source>
        <translation>Speichern Sie nach dem Aktualisieren der Einträge die neue Adresse mit: mailready check --domain %1 --remember. Mit einem Relay spielt die wechselnde Adresse keine Rolle mehr.</translation>
    </message>
    <message>
        <source>The address changed and published records still name the old one</source>
        <translation>Die Adresse hat sich geändert, und veröffentlichte Einträge nennen noch die alte</translation>
    </message>
    <message>
        <source>The address changed; whether the records followed is unverified</source>
        <translation>Die Adresse hat sich geändert; ob die Einträge nachgezogen wurden, ist ungeprüft</translation>
    </message>
    <message>
        <source>The address changed; the records checked already follow</source>
        <translation>Die Adresse hat sich geändert; die geprüften Einträge sind schon angepasst</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>Adresswechsel</translation>
    </message>
    <message>
        <source>Type the server&apos;s public address into Server addresses on the first page.</source>
        <translation>Die öffentliche Adresse des Servers auf der ersten Seite unter Server-Adressen eingeben.</translation>
    </message>
    <message>
        <source>After updating the records, go on to the Publish page for %1: the wizard then remembers the new address. A relay takes the changing address out of the picture.</source>
        <translation>Nach dem Aktualisieren der Einträge für %1 bis zur Seite „Veröffentlichen“ weitergehen: Der Assistent merkt sich dann die neue Adresse. Mit einem Relay spielt die wechselnde Adresse keine Rolle mehr.</translation>
    </message>
    <message>
        <source>No earlier address is remembered for %1 (the wizard remembers the one your records are made for when you reach the Publish page)</source>
        <translation>Für %1 ist keine frühere Adresse gespeichert (der Assistent speichert die, für die Ihre Einträge gemacht sind, sobald Sie die Seite „Veröffentlichen“ erreichen)</translation>
    </message>
    <message>
        <source>Remove %1 from the SPF record of %2.</source>
        <translation>Entfernen Sie %1 aus dem SPF-Eintrag von %2.</translation>
    </message>
    <message>
        <source>Put the new address into the SPF record of %1.</source>
        <translation>Tragen Sie die neue Adresse in den SPF-Eintrag von %1 ein.</translation>
    </message>
    <message>
        <source>Point the %1 record of %2 at the new address.</source>
        <translation>Lassen Sie den %1-Eintrag von %2 auf die neue Adresse zeigen.</translation>
    </message>
    <message>
        <source>Send through a relay, or ask your ISP to set the PTR record of %1.</source>
        <translation>Senden Sie über ein Relay, oder bitten Sie Ihren Provider, den PTR-Eintrag von %1 zu setzen.</translation>
    </message>
</context>
<context>
    <name>AddressScope</name>
    <message>
        <source>a private address (RFC 1918 / unique local), used only inside a home or office network</source>
        <translation>eine private Adresse (RFC 1918 / Unique Local), die nur innerhalb eines Heim- oder Büronetzes gilt</translation>
    </message>
    <message>
        <source>a loopback address, which only ever means &quot;this machine&quot;</source>
        <translation>eine Loopback-Adresse, die immer nur „dieser Rechner“ bedeutet</translation>
    </message>
    <message>
        <source>an address of your ISP&apos;s carrier-grade NAT (100.64.0.0/10, RFC 6598), shared with other customers and not reachable from the internet</source>
        <translation>eine Adresse aus dem Carrier-Grade-NAT Ihres Providers (100.64.0.0/10, RFC 6598), die Sie mit anderen Kunden teilen und die aus dem Internet nicht erreichbar ist</translation>
    </message>
    <message>
        <source>a link-local address, valid only on the local network segment</source>
        <translation>eine Link-Local-Adresse, die nur im lokalen Netzsegment gilt</translation>
    </message>
    <message>
        <source>an address from a range reserved for documentation and examples</source>
        <translation>eine Adresse aus einem Bereich, der für Dokumentation und Beispiele reserviert ist</translation>
    </message>
    <message>
        <source>an address from the range reserved for benchmarking and tests</source>
        <translation>eine Adresse aus dem Bereich, der für Benchmarks und Tests reserviert ist</translation>
    </message>
    <message>
        <source>the unspecified address, which belongs to no host</source>
        <translation>die unspezifizierte Adresse, die zu keinem Host gehört</translation>
    </message>
    <message>
        <source>a multicast address, which never sends mail</source>
        <translation>eine Multicast-Adresse, die nie Mail sendet</translation>
    </message>
    <message>
        <source>an address from a reserved special-purpose range</source>
        <translation>eine Adresse aus einem reservierten Bereich für besondere Zwecke</translation>
    </message>
</context>
<context>
    <name>Authoritative</name>
    <message>
        <source>the NS lookup for %1 failed: %2</source>
        <translation>die NS-Abfrage für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no zone with NS records was found above %1</source>
        <translation>oberhalb von %1 wurde keine Zone mit NS-Einträgen gefunden</translation>
    </message>
    <message>
        <source>the nameservers of %1 (%2) have no address</source>
        <translation>die Nameserver von %1 (%2) haben keine Adresse</translation>
    </message>
</context>
<context>
    <name>BounceCatalog</name>
    <message>
        <source>Gmail refuses mail from an address without a PTR record, or whose PTR name does not resolve back to the same address (forward-confirmed reverse DNS).</source>
        <translation>Gmail lehnt Mail von einer Adresse ohne PTR-Eintrag ab, oder von einer, deren PTR-Name nicht auf dieselbe Adresse zurückführt (vorwärtsbestätigtes Reverse-DNS).</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending address (your ISP or hosting provider) to set its PTR record to your mail host&apos;s name, e.g. mail.example.com, and publish an A (IPv4) or AAAA (IPv6) record of that name pointing back to the address. Then run mailready check.</source>
        <translation>Bitten Sie den Inhaber der sendenden Adresse (Ihren Internetanbieter oder Hoster), ihren PTR-Eintrag auf den Namen Ihres Mailservers zu setzen, z. B. mail.example.com, und veröffentlichen Sie für diesen Namen einen A- (IPv4) oder AAAA-Eintrag (IPv6), der auf die Adresse zurückzeigt. Führen Sie danach mailready check aus.</translation>
    </message>
    <message>
        <source>Gmail&apos;s older IPv6 rejection: the IPv6 sending address has no PTR record that resolves back to it, or the message was not authenticated with SPF or DKIM.</source>
        <translation>Gmails ältere IPv6-Ablehnung: Die sendende IPv6-Adresse hat keinen PTR-Eintrag, der auf sie zurückführt, oder die Nachricht war weder mit SPF noch mit DKIM authentifiziert.</translation>
    </message>
    <message>
        <source>Give the IPv6 address a PTR record naming your mail host and an AAAA record of that name pointing back to it, and make SPF or DKIM pass; or send to Gmail over IPv4 only (Postfix: smtp_address_preference = ipv4).</source>
        <translation>Geben Sie der IPv6-Adresse einen PTR-Eintrag mit dem Namen Ihres Mailservers und diesem Namen einen AAAA-Eintrag, der auf sie zurückzeigt, und sorgen Sie dafür, dass SPF oder DKIM besteht; oder senden Sie an Gmail nur über IPv4 (Postfix: smtp_address_preference = ipv4).</translation>
    </message>
    <message>
        <source>The message failed DMARC for the From domain, and the domain&apos;s DMARC policy (p=quarantine or p=reject) asks receivers to refuse such mail.</source>
        <translation>Die Nachricht hat DMARC für die From-Domain nicht bestanden, und die DMARC-Richtlinie der Domain (p=quarantine oder p=reject) bittet Empfänger, solche Mail abzulehnen.</translation>
    </message>
    <message>
        <source>Make SPF or DKIM pass for a domain aligned with the From domain: add your server&apos;s address to the SPF record of the envelope sender&apos;s domain, or sign with DKIM as the From domain (d=example.com) and publish the key. Check with mailready check --domain example.com.</source>
        <translation>Sorgen Sie dafür, dass SPF oder DKIM für eine zur From-Domain passende Domain besteht: Nehmen Sie die Adresse Ihres Servers in den SPF-Eintrag der Domain des Umschlagabsenders auf, oder signieren Sie mit DKIM als From-Domain (d=example.com) und veröffentlichen Sie den Schlüssel. Prüfen Sie mit mailready check --domain example.com.</translation>
    </message>
    <message>
        <source>SPF failed for the envelope sender&apos;s domain, and its SPF record ends in -all, so Gmail refuses the message.</source>
        <translation>SPF ist für die Domain des Umschlagabsenders fehlgeschlagen, und ihr SPF-Eintrag endet auf -all, daher lehnt Gmail die Nachricht ab.</translation>
    </message>
    <message>
        <source>Add the sending address to the SPF record of the envelope sender&apos;s domain (e.g. v=spf1 mx ip4:203.0.113.5 -all), or send through the host the record already allows.</source>
        <translation>Nehmen Sie die sendende Adresse in den SPF-Eintrag der Domain des Umschlagabsenders auf (z. B. v=spf1 mx ip4:203.0.113.5 -all), oder senden Sie über den Host, den der Eintrag bereits erlaubt.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed: Gmail requires every sender to pass at least one of them.</source>
        <translation>Weder SPF noch DKIM hat bestanden: Gmail verlangt von jedem Absender, dass mindestens eines davon besteht.</translation>
    </message>
    <message>
        <source>Publish an SPF record that names your server (v=spf1 mx -all, or ip4:/ip6: with its addresses) and sign outgoing mail with DKIM (mailready dkim keygen, then publish the selector&apos;s TXT record).</source>
        <translation>Veröffentlichen Sie einen SPF-Eintrag, der Ihren Server nennt (v=spf1 mx -all, oder ip4:/ip6: mit seinen Adressen), und signieren Sie ausgehende Mail mit DKIM (mailready dkim keygen, dann den TXT-Eintrag des Selektors veröffentlichen).</translation>
    </message>
    <message>
        <source>SPF did not pass for this message; Gmail requires bulk senders to pass SPF.</source>
        <translation>SPF hat für diese Nachricht nicht bestanden; Gmail verlangt von Massenversendern, dass SPF besteht.</translation>
    </message>
    <message>
        <source>DKIM did not pass for this message; Gmail requires bulk senders to sign with DKIM.</source>
        <translation>DKIM hat für diese Nachricht nicht bestanden; Gmail verlangt von Massenversendern eine DKIM-Signatur.</translation>
    </message>
    <message>
        <source>Sign outgoing mail with DKIM (OpenDKIM or rspamd&apos;s signing) and publish the public key at SELECTOR._domainkey.example.com; mailready dkim keygen writes both.</source>
        <translation>Signieren Sie ausgehende Mail mit DKIM (OpenDKIM oder die Signatur von rspamd) und veröffentlichen Sie den öffentlichen Schlüssel unter SELEKTOR._domainkey.example.com; mailready dkim keygen schreibt beides.</translation>
    </message>
    <message>
        <source>The From domain is not aligned with the domain that passed SPF or DKIM, so DMARC cannot pass.</source>
        <translation>Die From-Domain passt nicht zu der Domain, für die SPF oder DKIM bestanden hat, daher kann DMARC nicht bestehen.</translation>
    </message>
    <message>
        <source>Sign with DKIM as the From domain (d= equal to the From domain or its parent), or use an envelope sender in the From domain whose SPF record names your server.</source>
        <translation>Signieren Sie mit DKIM als From-Domain (d= gleich der From-Domain oder ihrer übergeordneten Domain), oder verwenden Sie einen Umschlagabsender in der From-Domain, deren SPF-Eintrag Ihren Server nennt.</translation>
    </message>
    <message>
        <source>The sending domain has no DMARC record, or its record states no policy; Gmail requires one from bulk senders.</source>
        <translation>Die sendende Domain hat keinen DMARC-Eintrag, oder ihr Eintrag nennt keine Richtlinie; Gmail verlangt einen von Massenversendern.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.example.com, at least: v=DMARC1; p=none; rua=mailto:dmarc@example.com</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag unter _dmarc.example.com, mindestens: v=DMARC1; p=none; rua=mailto:dmarc@example.com</translation>
    </message>
    <message>
        <source>The message was not sent over TLS; Gmail requires TLS from bulk senders.</source>
        <translation>Die Nachricht wurde nicht über TLS gesendet; Gmail verlangt TLS von Massenversendern.</translation>
    </message>
    <message>
        <source>Turn on opportunistic TLS for outgoing mail (Postfix: smtp_tls_security_level = may; Exim: the default smtp transport offers TLS when built with it).</source>
        <translation>Schalten Sie opportunistisches TLS für ausgehende Mail ein (Postfix: smtp_tls_security_level = may; Exim: der Standard-smtp-Transport bietet TLS an, wenn Exim damit gebaut ist).</translation>
    </message>
    <message>
        <source>Gmail found suspicious entries in the sending domain&apos;s SPF record (for example a very wide ip4: range or +all).</source>
        <translation>Gmail hat verdächtige Einträge im SPF-Eintrag der sendenden Domain gefunden (zum Beispiel einen sehr weiten ip4:-Bereich oder +all).</translation>
    </message>
    <message>
        <source>Reduce the SPF record to the hosts that really send: remove +all, ?all and wide ranges such as ip4:0.0.0.0/1; end with -all or ~all.</source>
        <translation>Beschränken Sie den SPF-Eintrag auf die Hosts, die wirklich senden: Entfernen Sie +all, ?all und weite Bereiche wie ip4:0.0.0.0/1; enden Sie mit -all oder ~all.</translation>
    </message>
    <message>
        <source>Gmail limits or blocks mail from this address, network or domain because of its reputation or an unusual rate of mail.</source>
        <translation>Gmail begrenzt oder blockiert Mail von dieser Adresse, diesem Netz oder dieser Domain wegen ihrer Reputation oder einer ungewöhnlichen Menge an Mail.</translation>
    </message>
    <message>
        <source>Find out what sent the mail (a hacked account or a script), send less and only wanted mail, and watch the domain in Google Postmaster Tools; Gmail lifts the limit by itself when the reputation recovers.</source>
        <translation>Finden Sie heraus, was die Mail verschickt hat (ein gehacktes Konto oder ein Skript), senden Sie weniger und nur erwünschte Mail, und beobachten Sie die Domain in den Google Postmaster Tools; Gmail hebt die Begrenzung von selbst auf, wenn sich die Reputation erholt.</translation>
    </message>
    <message>
        <source>Outlook.com requires senders of large volumes to pass SPF and DKIM and DMARC (aligned with the From domain); the sending domain did not.</source>
        <translation>Outlook.com verlangt von Absendern großer Mengen, dass SPF, DKIM und DMARC (passend zur From-Domain) bestehen; die sendende Domain hat das nicht erfüllt.</translation>
    </message>
    <message>
        <source>Publish SPF and DKIM records that pass for your server, and a DMARC record (_dmarc.example.com TXT v=DMARC1; p=none at least) with SPF or DKIM aligned with the From domain.</source>
        <translation>Veröffentlichen Sie SPF- und DKIM-Einträge, die für Ihren Server bestehen, und einen DMARC-Eintrag (_dmarc.example.com TXT v=DMARC1; p=none mindestens), bei dem SPF oder DKIM zur From-Domain passt.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s mail service has banned the sending address.</source>
        <translation>Der Maildienst von Microsoft hat die sendende Adresse gesperrt.</translation>
    </message>
    <message>
        <source>Ask for removal at https://sender.office.com/ (the address, then the link in the confirmation mail); first find and stop whatever sent unwanted mail from it.</source>
        <translation>Beantragen Sie die Entfernung unter https://sender.office.com/ (die Adresse, dann der Link in der Bestätigungsmail); finden und stoppen Sie vorher, was von ihr unerwünschte Mail verschickt hat.</translation>
    </message>
    <message>
        <source>Outlook.com&apos;s own blocklist holds the sending address or its range (codes S3140, S3150).</source>
        <translation>Die eigene Sperrliste von Outlook.com enthält die sendende Adresse oder ihren Bereich (Codes S3140, S3150).</translation>
    </message>
    <message>
        <source>Ask for removal at https://sender.office.com/; if the range is residential, send through your provider&apos;s smarthost instead (Postfix: relayhost = [smtp.your-isp.example]:587).</source>
        <translation>Beantragen Sie die Entfernung unter https://sender.office.com/; ist der Bereich ein Privatkundenanschluss, senden Sie stattdessen über den Smarthost Ihres Anbieters (Postfix: relayhost = [smtp.your-isp.example]:587).</translation>
    </message>
    <message>
        <source>Yahoo defers mail from this address for now because of its volume or user complaints.</source>
        <translation>Yahoo stellt Mail von dieser Adresse vorerst zurück, wegen ihrer Menge oder wegen Beschwerden von Nutzern.</translation>
    </message>
    <message>
        <source>Slow down and send only wanted mail; Yahoo accepts again when the reputation recovers. Check that SPF, DKIM and DMARC pass (mailready check).</source>
        <translation>Senden Sie langsamer und nur erwünschte Mail; Yahoo nimmt wieder an, wenn sich die Reputation erholt. Prüfen Sie, ob SPF, DKIM und DMARC bestehen (mailready check).</translation>
    </message>
    <message>
        <source>Yahoo refuses mail from this address for good (permanent deferral).</source>
        <translation>Yahoo lehnt Mail von dieser Adresse dauerhaft ab (dauerhafte Zurückstellung).</translation>
    </message>
    <message>
        <source>Stop whatever sent unwanted mail from the address, then ask Yahoo&apos;s sender support to review it (senders.yahooinc.com).</source>
        <translation>Stoppen Sie, was von der Adresse unerwünschte Mail verschickt hat, und bitten Sie dann den Absender-Support von Yahoo um eine Prüfung (senders.yahooinc.com).</translation>
    </message>
    <message>
        <source>The receiving Postfix (reject_unknown_reverse_client_hostname) found no PTR record for the sending address.</source>
        <translation>Das empfangende Postfix (reject_unknown_reverse_client_hostname) hat keinen PTR-Eintrag für die sendende Adresse gefunden.</translation>
    </message>
    <message>
        <source>Ask whoever owns the sending address (your ISP or hosting provider) to set its PTR record to your mail host&apos;s name, e.g. mail.example.com.</source>
        <translation>Bitten Sie den Inhaber der sendenden Adresse (Ihren Internetanbieter oder Hoster), ihren PTR-Eintrag auf den Namen Ihres Mailservers zu setzen, z. B. mail.example.com.</translation>
    </message>
    <message>
        <source>The receiving Postfix (reject_unknown_client_hostname) needs the sending address&apos;s PTR name to resolve back to the same address (forward-confirmed reverse DNS); it has no PTR record, or the name does not resolve to it.</source>
        <translation>Das empfangende Postfix (reject_unknown_client_hostname) verlangt, dass der PTR-Name der sendenden Adresse auf dieselbe Adresse zurückführt (vorwärtsbestätigtes Reverse-DNS); sie hat keinen PTR-Eintrag, oder der Name führt nicht auf sie zurück.</translation>
    </message>
    <message>
        <source>Set the address&apos;s PTR record to your mail host&apos;s name (ask your provider) and publish an A or AAAA record of that name pointing back to the address.</source>
        <translation>Setzen Sie den PTR-Eintrag der Adresse auf den Namen Ihres Mailservers (fragen Sie Ihren Anbieter) und veröffentlichen Sie für diesen Namen einen A- oder AAAA-Eintrag, der auf die Adresse zurückzeigt.</translation>
    </message>
    <message>
        <source>The receiving Postfix (reject_non_fqdn_helo_hostname) refuses a HELO/EHLO name that is not a fully-qualified host name.</source>
        <translation>Das empfangende Postfix (reject_non_fqdn_helo_hostname) lehnt einen HELO/EHLO-Namen ab, der kein vollständiger Hostname ist.</translation>
    </message>
    <message>
        <source>Make your server greet with its full name: Postfix: smtp_helo_name = mail.example.com (or myhostname); Exim: helo_data = mail.example.com in the smtp transport. The name should have an A/AAAA record and match the PTR.</source>
        <translation>Lassen Sie Ihren Server mit seinem vollständigen Namen grüßen: Postfix: smtp_helo_name = mail.example.com (oder myhostname); Exim: helo_data = mail.example.com im smtp-Transport. Der Name sollte einen A/AAAA-Eintrag haben und zum PTR passen.</translation>
    </message>
    <message>
        <source>The receiving Postfix (reject_unknown_helo_hostname) found no A, AAAA or MX record for the HELO/EHLO name.</source>
        <translation>Das empfangende Postfix (reject_unknown_helo_hostname) hat keinen A-, AAAA- oder MX-Eintrag für den HELO/EHLO-Namen gefunden.</translation>
    </message>
    <message>
        <source>Publish an A (and AAAA) record for the name your server greets with, or change the greeting to a name that has one (Postfix: smtp_helo_name; Exim: helo_data).</source>
        <translation>Veröffentlichen Sie einen A- (und AAAA-)Eintrag für den Namen, mit dem Ihr Server grüßt, oder ändern Sie den Gruß auf einen Namen, der einen hat (Postfix: smtp_helo_name; Exim: helo_data).</translation>
    </message>
    <message>
        <source>The receiver&apos;s SPF policy service (policyd-spf with pyspf) evaluated the envelope sender&apos;s SPF record to fail for the sending address.</source>
        <translation>Der SPF-Richtliniendienst des Empfängers (policyd-spf mit pyspf) hat den SPF-Eintrag des Umschlagabsenders für die sendende Adresse als fehlgeschlagen bewertet.</translation>
    </message>
    <message>
        <source>The receiver looked up the sending address on the DNS blocklist named after &quot;blocked using&quot; and found it listed (Postfix&apos;s reject_rbl_client reply).</source>
        <translation>Der Empfänger hat die sendende Adresse in der DNS-Sperrliste nachgeschlagen, die nach „blocked using“ genannt ist, und sie dort gefunden (die Antwort von Postfix&apos; reject_rbl_client).</translation>
    </message>
    <message>
        <source>The receiver&apos;s spam filter scored the message as spam (rspamd&apos;s default reject text; other filters may use the same words).</source>
        <translation>Der Spamfilter des Empfängers hat die Nachricht als Spam bewertet (der Standard-Ablehnungstext von rspamd; andere Filter verwenden womöglich dieselben Worte).</translation>
    </message>
    <message>
        <source>Run mailready check first: a missing DKIM signature, SPF or DMARC failing or a listed address raise a filter&apos;s score most. Then look at the content: links to listed domains, URL shorteners, only an image, no plain-text part.</source>
        <translation>Führen Sie zuerst mailready check aus: Eine fehlende DKIM-Signatur, fehlschlagendes SPF oder DMARC oder eine gelistete Adresse erhöhen die Bewertung eines Filters am stärksten. Prüfen Sie danach den Inhalt: Links auf gelistete Domains, URL-Kürzer, nur ein Bild, kein Klartextteil.</translation>
    </message>
    <message>
        <source>The receiver&apos;s SpamAssassin (through spamass-milter) scored the message as spam and refused it.</source>
        <translation>Das SpamAssassin des Empfängers (über spamass-milter) hat die Nachricht als Spam bewertet und abgelehnt.</translation>
    </message>
    <message>
        <source>Run mailready check first: SPF, DKIM and DMARC failing or a listed address add to SpamAssassin&apos;s score. Then look at the content: links to listed domains, only an image, no plain-text part, a Subject in capitals.</source>
        <translation>Führen Sie zuerst mailready check aus: Fehlschlagendes SPF, DKIM und DMARC oder eine gelistete Adresse erhöhen die Bewertung von SpamAssassin. Prüfen Sie danach den Inhalt: Links auf gelistete Domains, nur ein Bild, kein Klartextteil, ein Betreff in Großbuchstaben.</translation>
    </message>
    <message>
        <source>The receiving Exim found the sending address on the DNS blocklist named after &quot;black list at&quot; (the dnslists example of Exim&apos;s default configuration, which many setups use).</source>
        <translation>Das empfangende Exim hat die sendende Adresse in der DNS-Sperrliste gefunden, die nach „black list at“ genannt ist (das dnslists-Beispiel der Standardkonfiguration von Exim, das viele Installationen verwenden).</translation>
    </message>
    <message>
        <source>Add the sending address to the SPF record of the envelope sender&apos;s domain (v=spf1 mx ip4:203.0.113.5 -all), then check SPF again with MailReady for that address.</source>
        <translation>Nehmen Sie die sendende Adresse in den SPF-Eintrag der Domain des Umschlagabsenders auf (v=spf1 mx ip4:203.0.113.5 -all) und prüfen Sie SPF danach mit MailReady erneut für diese Adresse.</translation>
    </message>
    <message>
        <source>Check the address on MailReady&apos;s blocklists to see which lists hold it, why, and where to ask for removal; fix the cause first (an infected device, a residential range: send through a smarthost).</source>
        <translation>Prüfen Sie die Adresse mit den Blocklisten von MailReady, um zu sehen, welche Listen sie führen, warum und wo Sie die Entfernung beantragen; beheben Sie zuerst die Ursache (ein infiziertes Gerät, ein Privatkunden-Adressbereich: über einen Smarthost senden).</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>Cancelled before it finished</source>
        <translation>Abgebrochen, bevor die Prüfung fertig war</translation>
    </message>
    <message>
        <source>No sending address is known, so this could not be checked</source>
        <translation>Es ist keine Absendeadresse bekannt, daher konnte dies nicht geprüft werden</translation>
    </message>
    <message>
        <source>The mail server&apos;s public address could not be found out.</source>
        <translation>Die öffentliche Adresse des Mailservers ließ sich nicht ermitteln.</translation>
    </message>
    <message>
        <source>Give the server&apos;s public address (for example --ip 203.0.113.5).</source>
        <translation>Geben Sie die öffentliche Adresse des Servers an (zum Beispiel --ip 203.0.113.5).</translation>
    </message>
    <message>
        <source>The relay %1&apos;s sending address is not known, so this could not be checked</source>
        <translation>Die Absendeadresse des Relays %1 ist nicht bekannt, daher konnte dies nicht geprüft werden</translation>
    </message>
    <message>
        <source>Check the relay&apos;s name and the nameserver in use, or give the relay&apos;s outgoing address (for example --relay-ip 203.0.113.25).</source>
        <translation>Prüfen Sie den Namen des Relays und den verwendeten Nameserver, oder geben Sie die ausgehende Adresse des Relays an (zum Beispiel --relay-ip 203.0.113.25).</translation>
    </message>
    <message>
        <source>not asked: the run was stopped</source>
        <translation>nicht gefragt: der Lauf wurde angehalten</translation>
    </message>
</context>
<context>
    <name>ChecklistHtml</name>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>No DNS queries were recorded.</source>
        <translation>Es wurden keine DNS-Abfragen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Mail server checklist for %1</source>
        <translation>Checkliste des Mailservers für %1</translation>
    </message>
    <message>
        <source>Mail server: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;</source>
        <translation>Mailserver: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Sending addresses: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;</source>
        <translation>Absendeadressen: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Resolver: %1&lt;br/&gt;</source>
        <translation>Resolver: %1&lt;br/&gt;</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Checked: %1 to %2 (UTC)&lt;br/&gt;Overall: %3&lt;/p&gt;</source>
        <translation>Geprüft: %1 bis %2 (UTC)&lt;br/&gt;Gesamt: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The five thresholds</source>
        <translation>Die fünf Schwellen</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Who requires it</source>
        <translation>Wer sie verlangt</translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation>Zu veröffentlichende Einträge</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Name: &lt;code&gt;%2&lt;/code&gt; &amp;nbsp; Type: &lt;code&gt;%3&lt;/code&gt;&lt;br/&gt;Value (web DNS panel):&lt;br/&gt;&lt;code&gt;%4&lt;/code&gt;&lt;br/&gt;Zone file:&lt;br/&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Name: &lt;code&gt;%2&lt;/code&gt; &amp;nbsp; Typ: &lt;code&gt;%3&lt;/code&gt;&lt;br/&gt;Wert (DNS-Panel im Web):&lt;br/&gt;&lt;code&gt;%4&lt;/code&gt;&lt;br/&gt;Zonendatei:&lt;br/&gt;&lt;code&gt;%5&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>How mail leaves</source>
        <translation>Wie die Mail den Server verlässt</translation>
    </message>
    <message>
        <source>Through the relay &lt;b&gt;%1&lt;/b&gt;, whose sending addresses could not be found, so they were not judged.</source>
        <translation>Über das Relay &lt;b&gt;%1&lt;/b&gt;, dessen Absendeadressen nicht gefunden wurden; sie wurden daher nicht beurteilt.</translation>
    </message>
    <message>
        <source>Through the relay &lt;b&gt;%1&lt;/b&gt;. Blocklists, reverse DNS and SPF were judged for the relay&apos;s sending addresses (%2), not for this server&apos;s own.</source>
        <translation>Über das Relay &lt;b&gt;%1&lt;/b&gt;. Blocklisten, Reverse DNS und SPF wurden für die Absendeadressen des Relays (%2) beurteilt, nicht für die dieses Servers.</translation>
    </message>
    <message>
        <source>Directly from this server, but sending through a relay (smarthost, VPS or mail service) is advised, because:</source>
        <translation>Direkt von diesem Server; empfohlen ist aber der Versand über ein Relay (Smarthost, VPS oder Maildienst), weil:</translation>
    </message>
    <message>
        <source>Directly from this server.</source>
        <translation>Direkt von diesem Server.</translation>
    </message>
    <message>
        <source>Not verified, so not part of this advice: %1.</source>
        <translation>Nicht geprüft und daher nicht Teil dieser Empfehlung: %1.</translation>
    </message>
    <message>
        <source>What to do, in this order</source>
        <translation>Was zu tun ist, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>A real message, as the receiver saw it</source>
        <translation>Eine echte Nachricht, wie der Empfänger sie gesehen hat</translation>
    </message>
    <message>
        <source>From %1, received by %2 from %3 (EHLO %4).&lt;br/&gt;</source>
        <translation>Von %1, empfangen durch %2 von %3 (EHLO %4).&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Overall: %1&lt;/p&gt;</source>
        <translation>Gesamt: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DkimCheck</name>
    <message>
        <source>No DKIM selector given (--selector); nothing to verify.</source>
        <translation>Kein DKIM-Selektor angegeben (--selector); es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Could not look up %1: %2</source>
        <translation>%1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>The DKIM key lookup for %1 got no answer (%2), so the key is unverified.</source>
        <translation>Die Abfrage des DKIM-Schlüssels für %1 bekam keine Antwort (%2), daher ist der Schlüssel ungeprüft.</translation>
    </message>
    <message>
        <source>Check that the nameserver in use answers, then run the check again.</source>
        <translation>Prüfen Sie, ob der verwendete Nameserver antwortet, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>No DKIM key record at %1 (%2)</source>
        <translation>Kein DKIM-Schlüsseleintrag bei %1 (%2)</translation>
    </message>
    <message>
        <source>Publish the TXT record printed by &apos;mailready dkim keygen --domain %1 --selector %2&apos; at %3.</source>
        <translation>Veröffentlichen Sie den TXT-Eintrag, den „mailready dkim keygen --domain %1 --selector %2“ ausgibt, bei %3.</translation>
    </message>
    <message>
        <source>Publish the record of %1: %2</source>
        <translation>Veröffentlichen Sie den Eintrag von %1: %2</translation>
    </message>
    <message>
        <source>No DKIM key is published for selector %1: receivers cannot verify mail signed with it.</source>
        <translation>Für den Selektor %1 ist kein DKIM-Schlüssel veröffentlicht: Empfänger können damit signierte Mail nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 has %2 TXT records; receivers pick one of them, so verification is a lottery.</source>
        <translation>%1 hat %2 TXT-Einträge; Empfänger nehmen irgendeinen davon, die Prüfung wird so zum Glücksspiel.</translation>
    </message>
    <message>
        <source>Keep exactly one DKIM record at %1.</source>
        <translation>Behalten Sie genau einen DKIM-Eintrag bei %1.</translation>
    </message>
    <message>
        <source>%1: a valid %2 key</source>
        <translation>%1: ein gültiger %2-Schlüssel</translation>
    </message>
    <message>
        <source>%1: a valid %2-bit RSA key</source>
        <translation>%1: ein gültiger RSA-Schlüssel mit %2 Bit</translation>
    </message>
    <message>
        <source>Selector %1 uses a %2-bit RSA key; 2048 bits is the recommended size and some receivers distrust shorter keys.</source>
        <translation>Der Selektor %1 verwendet einen RSA-Schlüssel mit %2 Bit; empfohlen sind 2048 Bit, und manche Empfänger misstrauen kürzeren Schlüsseln.</translation>
    </message>
    <message>
        <source>Make a new key with &apos;mailready dkim keygen --domain %1 --selector %2&apos;, publish it, switch the signer to it, then remove the old record.</source>
        <translation>Erzeugen Sie einen neuen Schlüssel mit „mailready dkim keygen --domain %1 --selector %2“, veröffentlichen Sie ihn, stellen Sie den Signierer darauf um und entfernen Sie dann den alten Eintrag.</translation>
    </message>
    <message>
        <source>Selector %1 is published in testing mode (t=y): receivers may treat your signatures as if there were none.</source>
        <translation>Der Selektor %1 ist im Testmodus veröffentlicht (t=y): Empfänger behandeln Ihre Signaturen womöglich, als gäbe es keine.</translation>
    </message>
    <message>
        <source>Remove t=y from the record at %1 once mail verifies.</source>
        <translation>Entfernen Sie t=y aus dem Eintrag bei %1, sobald die Mail die Prüfung besteht.</translation>
    </message>
    <message>
        <source>%1: the key is revoked (empty p=)</source>
        <translation>%1: Der Schlüssel ist widerrufen (leeres p=)</translation>
    </message>
    <message>
        <source>The key of selector %1 is revoked (p= is empty): no signature made with it verifies.</source>
        <translation>Der Schlüssel des Selektors %1 ist widerrufen (p= ist leer): Keine damit erstellte Signatur besteht die Prüfung.</translation>
    </message>
    <message>
        <source>Sign with a selector that has a published key, or publish a new key made with &apos;mailready dkim keygen&apos;.</source>
        <translation>Signieren Sie mit einem Selektor, dessen Schlüssel veröffentlicht ist, oder veröffentlichen Sie einen neuen, mit „mailready dkim keygen“ erzeugten Schlüssel.</translation>
    </message>
    <message>
        <source>The DKIM record of selector %1 cannot be used: %2</source>
        <translation>Der DKIM-Eintrag des Selektors %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>Replace the record at %1 with the one printed by &apos;mailready dkim keygen&apos; (v=DKIM1; k=rsa; p=...).</source>
        <translation>Ersetzen Sie den Eintrag bei %1 durch den, den „mailready dkim keygen“ ausgibt (v=DKIM1; k=rsa; p=...).</translation>
    </message>
    <message>
        <source>The key file %1 could not be read (%2), so the published key was not compared with it.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden (%2), daher wurde der veröffentlichte Schlüssel nicht mit ihr verglichen.</translation>
    </message>
    <message>
        <source>Give the PEM private key the signer uses with --dkim-key.</source>
        <translation>Geben Sie den privaten PEM-Schlüssel, den der Signierer verwendet, mit --dkim-key an.</translation>
    </message>
    <message>
        <source>%1: the published key does not match %2</source>
        <translation>%1: Der veröffentlichte Schlüssel passt nicht zu %2</translation>
    </message>
    <message>
        <source>The key published for selector %1 is not the public half of %2: mail signed with that key fails DKIM. %3</source>
        <translation>Der für den Selektor %1 veröffentlichte Schlüssel ist nicht die öffentliche Hälfte von %2: Mit diesem Schlüssel signierte Mail fällt bei DKIM durch. %3</translation>
    </message>
    <message>
        <source>Publish at %1 the record derived from the signer&apos;s key (or make the signer use the key whose public half is published): &quot;%2&quot;</source>
        <translation>Veröffentlichen Sie bei %1 den aus dem Schlüssel des Signierers abgeleiteten Eintrag (oder lassen Sie den Signierer den Schlüssel verwenden, dessen öffentliche Hälfte veröffentlicht ist): „%2“</translation>
    </message>
    <message>
        <source>%1; it matches %2 (a signed test message verifies)</source>
        <translation>%1; er passt zu %2 (eine signierte Testnachricht besteht die Prüfung)</translation>
    </message>
    <message>
        <source>Only Ed25519 keys were checked. Not every receiver verifies Ed25519 (RFC 8463) yet: sign with an RSA key too, under its own selector.</source>
        <translation>Es wurden nur Ed25519-Schlüssel geprüft. Noch prüft nicht jeder Empfänger Ed25519 (RFC 8463): Signieren Sie zusätzlich mit einem RSA-Schlüssel unter einem eigenen Selektor.</translation>
    </message>
    <message>
        <source>All %1 DKIM selectors have valid keys</source>
        <translation>Alle %1 DKIM-Selektoren haben gültige Schlüssel</translation>
    </message>
    <message>
        <source>DKIM keys are published, below good practice</source>
        <translation>DKIM-Schlüssel sind veröffentlicht, aber unter guter Praxis</translation>
    </message>
    <message>
        <source>DKIM keys could not be verified</source>
        <translation>DKIM-Schlüssel konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>DKIM key records</source>
        <translation>DKIM-Schlüsseleinträge</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 DKIM selectors are missing, unusable or mismatched</source>
        <translation>
            <numerusform>%n von %1 DKIM-Selektoren fehlt, ist unbrauchbar oder passt nicht</numerusform>
            <numerusform>%n von %1 DKIM-Selektoren fehlen, sind unbrauchbar oder passen nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the DKIM records %1 gives you at %2 (or the CNAME records that delegate them). What %1 asks for: %3</source>
        <translation>Veröffentlichen Sie die DKIM-Einträge, die %1 Ihnen gibt, unter %2 (oder die CNAME-Einträge, die dorthin delegieren). Was %1 verlangt: %3</translation>
    </message>
    <message>
        <source> Mail sent through %1 passes DMARC only with this key (SPF is checked at %1&apos;s bounce domain and does not align; source: %2).</source>
        <translation> Mail, die über %1 geht, besteht DMARC nur mit diesem Schlüssel (SPF wird an der Bounce-Domain von %1 geprüft und ist nicht ausgerichtet; Quelle: %2).</translation>
    </message>
    <message>
        <source>Publish the TXT record the DKIM page shows for %1 (selector %2) at %3.</source>
        <translation>Den TXT-Eintrag, den die DKIM-Seite für %1 (Selektor %2) zeigt, unter %3 veröffentlichen.</translation>
    </message>
    <message>
        <source>Generate a new key on the DKIM page for %1 (selector %2), publish it, switch the signer to it, then remove the old record.</source>
        <translation>Auf der DKIM-Seite einen neuen Schlüssel für %1 erzeugen (Selektor %2), ihn veröffentlichen, den Signierer auf ihn umstellen und dann den alten Eintrag entfernen.</translation>
    </message>
    <message>
        <source>No DKIM selector yet: generate or import a key on the DKIM page.</source>
        <translation>Noch kein DKIM-Selektor: Auf der DKIM-Seite einen Schlüssel erzeugen oder importieren.</translation>
    </message>
    <message>
        <source>On the DKIM page: selector %2, algorithm RSA 2048, Generate key (for %1).</source>
        <translation>Auf der DKIM-Seite: Selektor %2, Algorithmus RSA 2048, Schlüssel erzeugen (für %1).</translation>
    </message>
    <message>
        <source>Choose the PEM private key the signer uses on the DKIM page.</source>
        <translation>Auf der DKIM-Seite den privaten PEM-Schlüssel wählen, den der Signierer verwendet.</translation>
    </message>
    <message>
        <source>Do not publish the key of %1: %2 %3</source>
        <translation>Veröffentlichen Sie den Schlüssel aus %1 nicht: %2 %3</translation>
    </message>
    <message>
        <source>Generate one on the DKIM page for %1 (selector %2), publish it and switch the signer to it.</source>
        <translation>Erzeugen Sie auf der DKIM-Seite einen für %1 (Selektor %2), veröffentlichen Sie ihn und stellen Sie den Signierer darauf um.</translation>
    </message>
    <message>
        <source>Make one with &apos;mailready dkim keygen --domain %1 --selector %2&apos;, publish it and switch the signer to it.</source>
        <translation>Erzeugen Sie einen mit „mailready dkim keygen --domain %1 --selector %2“, veröffentlichen Sie ihn und stellen Sie den Signierer darauf um.</translation>
    </message>
    <message>
        <source>Publish the DKIM key record of selector %1 at %2.</source>
        <translation>Veröffentlichen Sie den DKIM-Schlüsseleintrag des Selektors %1 unter %2.</translation>
    </message>
    <message>
        <source>Make a new 2048-bit key and switch the signer to it.</source>
        <translation>Erzeugen Sie einen neuen 2048-Bit-Schlüssel und stellen Sie den Signierer auf ihn um.</translation>
    </message>
    <message>
        <source>Remove t=y from the DKIM record once mail verifies.</source>
        <translation>Entfernen Sie t=y aus dem DKIM-Eintrag, sobald Mails bestätigt werden.</translation>
    </message>
    <message>
        <source>Sign with a selector whose key is published.</source>
        <translation>Signieren Sie mit einem Selektor, dessen Schlüssel veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Replace the DKIM record at %1 with a valid key record.</source>
        <translation>Ersetzen Sie den DKIM-Eintrag unter %1 durch einen gültigen Schlüsseleintrag.</translation>
    </message>
    <message>
        <source>Give the signer&apos;s private key with --dkim-key.</source>
        <translation>Geben Sie den privaten Schlüssel des Signierers mit --dkim-key an.</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s private key on the DKIM page.</source>
        <translation>Wählen Sie auf der DKIM-Seite den privaten Schlüssel des Signierers.</translation>
    </message>
    <message>
        <source>Publish the public half of the signer&apos;s key at %1.</source>
        <translation>Veröffentlichen Sie unter %1 die öffentliche Hälfte des Schlüssels des Signierers.</translation>
    </message>
    <message>
        <source>Make a new DKIM key: the signer&apos;s key is too weak to publish.</source>
        <translation>Erzeugen Sie einen neuen DKIM-Schlüssel: Der Schlüssel des Signierers ist zu schwach zum Veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>DkimKey</name>
    <message>
        <source>an Ed25519 key is 32 bytes (44 base64 characters), this one is %1 bytes</source>
        <translation>ein Ed25519-Schlüssel ist 32 Byte lang (44 Base64-Zeichen), dieser hat %1 Byte</translation>
    </message>
    <message>
        <source>the Ed25519 key cannot be loaded</source>
        <translation>der Ed25519-Schlüssel lässt sich nicht laden</translation>
    </message>
    <message>
        <source>the key data is not a DER SubjectPublicKeyInfo</source>
        <translation>die Schlüsseldaten sind keine DER-SubjectPublicKeyInfo</translation>
    </message>
    <message>
        <source>the key data holds a key of another type than RSA</source>
        <translation>die Schlüsseldaten enthalten einen Schlüssel eines anderen Typs als RSA</translation>
    </message>
    <message>
        <source>no private key could be read</source>
        <translation>es ließ sich kein privater Schlüssel lesen</translation>
    </message>
    <message>
        <source>the key is neither RSA nor Ed25519, the two key types DKIM knows</source>
        <translation>der Schlüssel ist weder RSA noch Ed25519, die beiden Schlüsseltypen, die DKIM kennt</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>the file holds no unencrypted PEM private key</source>
        <translation>die Datei enthält keinen unverschlüsselten privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>an Ed25519 seed is 32 bytes</source>
        <translation>ein Ed25519-Seed ist 32 Byte lang</translation>
    </message>
</context>
<context>
    <name>DkimRecord</name>
    <message>
        <source>The record is not a DKIM tag list: %1.</source>
        <translation>Der Eintrag ist keine DKIM-Tag-Liste: %1.</translation>
    </message>
    <message>
        <source>v=DKIM1 must be the first tag of the record (RFC 6376 3.6.1).</source>
        <translation>v=DKIM1 muss das erste Tag des Eintrags sein (RFC 6376 3.6.1).</translation>
    </message>
    <message>
        <source>The version is &apos;%1&apos;, not DKIM1.</source>
        <translation>Die Version ist „%1“, nicht DKIM1.</translation>
    </message>
    <message>
        <source>The record does not start with v=DKIM1; it is optional, but recommended.</source>
        <translation>Der Eintrag beginnt nicht mit v=DKIM1; das ist optional, aber empfohlen.</translation>
    </message>
    <message>
        <source>The g= tag is a leftover of RFC 4871 that RFC 6376 ignores; remove it.</source>
        <translation>Das Tag g= ist ein Überbleibsel aus RFC 4871, das RFC 6376 ignoriert; entfernen Sie es.</translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know (k=rsa or k=ed25519).</source>
        <translation>k=%1 ist kein Schlüsseltyp, den Prüfer kennen (k=rsa oder k=ed25519).</translation>
    </message>
    <message>
        <source>h=%1 excludes SHA-256, the only hash signers may use (RFC 8301), so no signature can verify with this key.</source>
        <translation>h=%1 schließt SHA-256 aus, den einzigen Hash, den Signierer verwenden dürfen (RFC 8301), daher kann keine Signatur mit diesem Schlüssel die Prüfung bestehen.</translation>
    </message>
    <message>
        <source>s=%1 says the key is not for email.</source>
        <translation>s=%1 besagt, dass der Schlüssel nicht für E-Mail gedacht ist.</translation>
    </message>
    <message>
        <source>t=y marks the domain as testing DKIM: receivers may treat signatures as unsigned. Remove t=y once mail verifies.</source>
        <translation>t=y kennzeichnet die Domain als DKIM im Test: Empfänger behandeln Signaturen womöglich wie unsignierte Mail. Entfernen Sie t=y, sobald die Mail die Prüfung besteht.</translation>
    </message>
    <message>
        <source>The record has no p= tag with the public key.</source>
        <translation>Der Eintrag hat kein Tag p= mit dem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>p= is empty: the key has been revoked.</source>
        <translation>p= ist leer: Der Schlüssel wurde widerrufen.</translation>
    </message>
    <message>
        <source>p= is not valid base64.</source>
        <translation>p= ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The public key in p= cannot be decoded: %1.</source>
        <translation>Der öffentliche Schlüssel in p= lässt sich nicht dekodieren: %1.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; receivers must ignore signatures made with keys under 1024 bits (RFC 8301 3.2).</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; Empfänger müssen Signaturen mit Schlüsseln unter 1024 Bit ignorieren (RFC 8301 3.2).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; 2048 is the recommended size (RFC 8301 3.2).</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; empfohlen sind 2048 (RFC 8301 3.2).</translation>
    </message>
    <message>
        <source>A %1-bit RSA record is about %2 characters: some DNS web panels refuse TXT values that long, and the answer may not fit a plain UDP DNS reply, so some receivers need TCP to fetch it. RSA 2048 is what every receiver verifies; use a longer key only if your DNS host accepts it.</source>
        <translation>Ein Eintrag mit einem RSA-Schlüssel von %1 Bit ist etwa %2 Zeichen lang: Manche DNS-Panels im Web lehnen so lange TXT-Werte ab, und die Antwort passt womöglich nicht in eine einfache UDP-DNS-Antwort, sodass manche Empfänger sie per TCP holen müssen. RSA 2048 prüft jeder Empfänger; verwenden Sie einen längeren Schlüssel nur, wenn Ihr DNS-Anbieter ihn annimmt.</translation>
    </message>
    <message>
        <source>Ed25519 (RFC 8463) is not verified by every receiver yet: publish it beside an RSA key under another selector and sign with both, never with Ed25519 alone.</source>
        <translation>Ed25519 (RFC 8463) prüft noch nicht jeder Empfänger: Veröffentlichen Sie den Schlüssel neben einem RSA-Schlüssel unter einem anderen Selektor und signieren Sie mit beiden, nie mit Ed25519 allein.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; 2048 is the recommended size (RFC 8301 3.2) and some receivers distrust shorter keys. Plan a new key of 2048 bits.</source>
        <translation>Der RSA-Schlüssel hat %1 Bit; empfohlen sind 2048 (RFC 8301 3.2), und manche Empfänger misstrauen kürzeren Schlüsseln. Planen Sie einen neuen Schlüssel mit 2048 Bit.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; receivers must ignore signatures made with keys under 1024 bits (RFC 8301 3.2), so it cannot be used. Make a new key of 2048 bits instead.</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; Empfänger müssen Signaturen mit Schlüsseln unter 1024 Bit ignorieren (RFC 8301 3.2), daher ist er unbrauchbar. Erzeugen Sie stattdessen einen neuen Schlüssel mit 2048 Bit.</translation>
    </message>
</context>
<context>
    <name>DkimSignature</name>
    <message>
        <source>the DKIM-Signature is not a tag list: %1</source>
        <translation>die DKIM-Signature ist keine Tag-Liste: %1</translation>
    </message>
    <message>
        <source>v= is not 1</source>
        <translation>v= ist nicht 1</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>das Pflicht-Tag %1= fehlt</translation>
    </message>
    <message>
        <source>algorithm %1 is not accepted (rsa-sha1 is forbidden by RFC 8301)</source>
        <translation>der Algorithmus %1 wird nicht akzeptiert (rsa-sha1 ist nach RFC 8301 verboten)</translation>
    </message>
    <message>
        <source>unknown canonicalization %1</source>
        <translation>unbekannte Kanonisierung %1</translation>
    </message>
    <message>
        <source>the From header field is not signed</source>
        <translation>das Kopffeld From ist nicht signiert</translation>
    </message>
    <message>
        <source>b= or bh= is not base64</source>
        <translation>b= oder bh= ist kein Base64</translation>
    </message>
    <message>
        <source>the key record could not be fetched: %1</source>
        <translation>der Schlüsseleintrag konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>no key record is published at %1</source>
        <translation>bei %1 ist kein Schlüsseleintrag veröffentlicht</translation>
    </message>
    <message>
        <source>several key records are published at %1</source>
        <translation>bei %1 sind mehrere Schlüsseleinträge veröffentlicht</translation>
    </message>
    <message>
        <source>the key record is unusable: %1</source>
        <translation>der Schlüsseleintrag ist unbrauchbar: %1</translation>
    </message>
    <message>
        <source>the signature uses %1 but the key record holds a %2 key</source>
        <translation>die Signatur verwendet %1, aber der Schlüsseleintrag enthält einen %2-Schlüssel</translation>
    </message>
    <message>
        <source>l= is not a usable body length</source>
        <translation>l= ist keine brauchbare Länge des Nachrichtentexts</translation>
    </message>
    <message>
        <source>the body hash does not match (the body was changed after signing)</source>
        <translation>der Hash des Nachrichtentexts stimmt nicht (der Text wurde nach dem Signieren verändert)</translation>
    </message>
    <message>
        <source>the signature does not verify with the published key</source>
        <translation>die Signatur besteht die Prüfung mit dem veröffentlichten Schlüssel nicht</translation>
    </message>
    <message>
        <source>The private key could not sign a test message.</source>
        <translation>Der private Schlüssel konnte keine Testnachricht signieren.</translation>
    </message>
    <message>
        <source>The signed test message could not be read back.</source>
        <translation>Die signierte Testnachricht konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>A test message signed with the private key (%1) verifies with the published key.</source>
        <translation>Eine mit dem privaten Schlüssel (%1) signierte Testnachricht besteht die Prüfung mit dem veröffentlichten Schlüssel.</translation>
    </message>
    <message>
        <source>A test message signed with the private key does not verify with the published key (%1: %2).</source>
        <translation>Eine mit dem privaten Schlüssel signierte Testnachricht besteht die Prüfung mit dem veröffentlichten Schlüssel nicht (%1: %2).</translation>
    </message>
    <message>
        <source>x= is not a time</source>
        <translation>x= ist kein Zeitpunkt</translation>
    </message>
    <message>
        <source>x= (expiry) is before t= (signing time)</source>
        <translation>x= (Ablauf) liegt vor t= (Zeitpunkt der Signatur)</translation>
    </message>
    <message>
        <source>the signature expired on %1 (x=)</source>
        <translation>die Signatur ist am %1 abgelaufen (x=)</translation>
    </message>
    <message>
        <source>the signed header fields verify, but the body is missing, so its hash could not be checked</source>
        <translation>die signierten Kopffelder bestehen die Prüfung, aber der Nachrichtentext fehlt, daher konnte sein Hash nicht geprüft werden</translation>
    </message>
    <message>
        <source>not verified: more than %1 signatures</source>
        <translation>nicht geprüft: mehr als %1 Signaturen</translation>
    </message>
</context>
<context>
    <name>DmarcCheck</name>
    <message>
        <source>%1 has several DMARC records; receivers then ignore all of them.</source>
        <translation>%1 hat mehrere DMARC-Einträge; Empfänger ignorieren dann alle.</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting v=DMARC1 at %1.</source>
        <translation>Behalten Sie bei %1 genau einen TXT-Eintrag, der mit v=DMARC1 beginnt.</translation>
    </message>
    <message>
        <source>The DMARC lookup did not get an answer (%1)</source>
        <translation>Die DMARC-Abfrage bekam keine Antwort (%1)</translation>
    </message>
    <message>
        <source>The DMARC record could not be looked up (%1), so the policy is unverified.</source>
        <translation>Der DMARC-Eintrag konnte nicht abgefragt werden (%1), daher ist die Richtlinie ungeprüft.</translation>
    </message>
    <message>
        <source>Check that the nameserver in use answers, then run the check again.</source>
        <translation>Prüfen Sie, ob der verwendete Nameserver antwortet, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>No DMARC record applies to %1</source>
        <translation>Für %1 gilt kein DMARC-Eintrag</translation>
    </message>
    <message>
        <source>No DMARC policy applies to %1: large mailbox providers (Gmail, Yahoo, Outlook.com) require one from bulk senders, and anyone can forge mail in your name.</source>
        <translation>Für %1 gilt keine DMARC-Richtlinie: Große Mailanbieter (Gmail, Yahoo, Outlook.com) verlangen eine von Massenversendern, und jeder kann Mail in Ihrem Namen fälschen.</translation>
    </message>
    <message>
        <source>Several DMARC records at %1, so no policy applies</source>
        <translation>Mehrere DMARC-Einträge bei %1, daher gilt keine Richtlinie</translation>
    </message>
    <message>
        <source>The DMARC record at %1 is invalid: %2</source>
        <translation>Der DMARC-Eintrag bei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The DMARC record at %1 cannot be used: %2</source>
        <translation>Der DMARC-Eintrag bei %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>The DMARC policy is p=none: receivers only report forged mail in your name, they do not stop it. Once reports show your own mail passes, move to quarantine, then reject.</source>
        <translation>Die DMARC-Richtlinie ist p=none: Empfänger melden gefälschte Mail in Ihrem Namen nur, sie halten sie nicht auf. Sobald die Berichte zeigen, dass Ihre eigene Mail besteht, wechseln Sie zu quarantine, dann zu reject.</translation>
    </message>
    <message>
        <source>t=y marks the DMARC policy as a test: receivers apply a milder policy than the one written.</source>
        <translation>t=y kennzeichnet die DMARC-Richtlinie als Test: Empfänger wenden eine mildere Richtlinie an als die angegebene.</translation>
    </message>
    <message>
        <source>Remove t=y from %1 once reports look right.</source>
        <translation>Entfernen Sie t=y aus %1, sobald die Berichte stimmen.</translation>
    </message>
    <message>
        <source>The record has no rua= address, so you get no reports about who sends mail as %1.</source>
        <translation>Der Eintrag hat keine rua=-Adresse, daher bekommen Sie keine Berichte darüber, wer Mail als %1 sendet.</translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@%1 to the record.</source>
        <translation>Fügen Sie dem Eintrag rua=mailto:dmarc-reports@%1 hinzu.</translation>
    </message>
    <message>
        <source>%1 can receive DMARC reports</source>
        <translation>%1 kann DMARC-Berichte empfangen</translation>
    </message>
    <message>
        <source>Could not look up %1</source>
        <translation>%1 konnte nicht abgefragt werden</translation>
    </message>
    <message>
        <source>%1 has not authorized reports about %2</source>
        <translation>%1 hat Berichte über %2 nicht autorisiert</translation>
    </message>
    <message>
        <source>Reports go to %1 in another domain, which has not agreed to receive them: receivers will not send them there.</source>
        <translation>Berichte gehen an %1 in einer anderen Domain, die dem Empfang nicht zugestimmt hat: Empfänger werden sie nicht dorthin senden.</translation>
    </message>
    <message>
        <source>Ask the owner of %1 to publish: %2 IN TXT &quot;v=DMARC1&quot;</source>
        <translation>Bitten Sie den Inhaber von %1, Folgendes zu veröffentlichen: %2 IN TXT &quot;v=DMARC1&quot;</translation>
    </message>
    <message>
        <source>Could not look up the MX of %1</source>
        <translation>Der MX von %1 konnte nicht abgefragt werden</translation>
    </message>
    <message>
        <source>%1 has no MX record</source>
        <translation>%1 hat keinen MX-Eintrag</translation>
    </message>
    <message>
        <source>The report address %1 is in %2, which has no MX record: reports may not be delivered.</source>
        <translation>Die Berichtsadresse %1 liegt in %2, das keinen MX-Eintrag hat: Berichte werden womöglich nicht zugestellt.</translation>
    </message>
    <message>
        <source>Publish an MX record for %1, or send reports to an address that receives mail.</source>
        <translation>Veröffentlichen Sie einen MX-Eintrag für %1, oder senden Sie die Berichte an eine Adresse, die Mail empfängt.</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>DMARC policy %1 from %2 (inherited from the parent domain)</source>
        <translation>DMARC-Richtlinie %1 von %2 (von der übergeordneten Domain geerbt)</translation>
    </message>
    <message>
        <source>DMARC policy %1 from %2</source>
        <translation>DMARC-Richtlinie %1 von %2</translation>
    </message>
    <message>
        <source>Could not tell whether %1 needs to authorize reports: %2 could not be looked up</source>
        <translation>Ob %1 Berichte freigeben muss, ließ sich nicht klären: %2 konnte nicht abgefragt werden</translation>
    </message>
    <message>
        <source>Ask the owner of %1 to authorize your DMARC reports.</source>
        <translation>Bitten Sie den Inhaber von %1, Ihre DMARC-Berichte zu erlauben.</translation>
    </message>
    <message>
        <source>Send DMARC reports to an address that receives mail.</source>
        <translation>Senden Sie DMARC-Berichte an eine Adresse, die Mail empfängt.</translation>
    </message>
    <message>
        <source>Once reports show your own mail passes, move the DMARC policy to p=quarantine.</source>
        <translation>Sobald die Berichte zeigen, dass Ihre eigenen Mails bestehen, stellen Sie die DMARC-Richtlinie auf p=quarantine.</translation>
    </message>
    <message>
        <source>Remove t=y from the DMARC record once reports look right.</source>
        <translation>Entfernen Sie t=y aus dem DMARC-Eintrag, sobald die Berichte stimmen.</translation>
    </message>
    <message>
        <source>Correct the DMARC record at %1 as its card says.</source>
        <translation>Korrigieren Sie den DMARC-Eintrag unter %1 wie auf seiner Karte beschrieben.</translation>
    </message>
    <message>
        <source>Replace the DMARC record at %1 with a valid one.</source>
        <translation>Ersetzen Sie den DMARC-Eintrag unter %1 durch einen gültigen.</translation>
    </message>
    <message>
        <source>Keep exactly one DMARC record at %1.</source>
        <translation>Behalten Sie unter %1 genau einen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>Publish a DMARC record at %1.</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag unter %1.</translation>
    </message>
</context>
<context>
    <name>DmarcComposer</name>
    <message>
        <source>Stage 1: monitor</source>
        <translation>Stufe 1: beobachten</translation>
    </message>
    <message>
        <source>Receivers deliver your mail as before, but send daily reports to %1 listing every server that sent mail as %2 and whether SPF and DKIM passed. Nothing is blocked.</source>
        <translation>Empfänger stellen Ihre Mail wie bisher zu, senden aber tägliche Berichte an %1, die jeden Server auflisten, der Mail als %2 gesendet hat, und ob SPF und DKIM bestanden wurden. Nichts wird blockiert.</translation>
    </message>
    <message>
        <source>Stay here for two to four weeks, until the reports show that all your own mail passes SPF or DKIM with your domain.</source>
        <translation>Bleiben Sie zwei bis vier Wochen auf dieser Stufe, bis die Berichte zeigen, dass Ihre gesamte eigene Mail SPF oder DKIM mit Ihrer Domain besteht.</translation>
    </message>
    <message>
        <source>Stage 2: quarantine</source>
        <translation>Stufe 2: quarantine</translation>
    </message>
    <message>
        <source>Mail that claims to be from %1 but passes neither SPF nor DKIM goes to the spam folder. Your own mail is unaffected when it passes.</source>
        <translation>Mail, die vorgibt, von %1 zu stammen, aber weder SPF noch DKIM besteht, landet im Spam-Ordner. Ihre eigene Mail ist nicht betroffen, wenn sie besteht.</translation>
    </message>
    <message>
        <source>After another two to four weeks of clean reports, move to reject.</source>
        <translation>Wechseln Sie nach weiteren zwei bis vier Wochen sauberer Berichte zu reject.</translation>
    </message>
    <message>
        <source>Mail that claims to be from %1 but passes neither SPF nor DKIM is refused. This is the full protection against forged mail in your name.</source>
        <translation>Mail, die vorgibt, von %1 zu stammen, aber weder SPF noch DKIM besteht, wird abgewiesen. Das ist der volle Schutz vor gefälschter Mail in Ihrem Namen.</translation>
    </message>
    <message>
        <source> np=reject also refuses mail from made-up subdomains (RFC 9989; older receivers ignore the tag).</source>
        <translation> np=reject weist auch Mail von erfundenen Subdomains ab (RFC 9989; ältere Empfänger ignorieren das Tag).</translation>
    </message>
    <message>
        <source>Stage 3: reject</source>
        <translation>Stufe 3: reject</translation>
    </message>
    <message>
        <source>Keep reading the reports now and then: a new service sending as you shows up there first.</source>
        <translation>Lesen Sie die Berichte weiterhin ab und zu: Ein neuer Dienst, der in Ihrem Namen sendet, taucht dort zuerst auf.</translation>
    </message>
    <message>
        <source> Subdomains get sp=%1.</source>
        <translation> Subdomains bekommen sp=%1.</translation>
    </message>
    <message>
        <source> adkim=s; aspf=s demand the exact domain, not a subdomain, in SPF and DKIM.</source>
        <translation> adkim=s; aspf=s verlangen in SPF und DKIM genau die Domain, keine Subdomain.</translation>
    </message>
</context>
<context>
    <name>DmarcRecord</name>
    <message>
        <source>&apos;%1&apos; is not a size limit like !10m</source>
        <translation>„%1“ ist keine Größengrenze wie !10m</translation>
    </message>
    <message>
        <source>an empty report address</source>
        <translation>eine leere Berichtsadresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URI such as mailto:dmarc@example.com</source>
        <translation>„%1“ ist keine URI wie mailto:dmarc@example.com</translation>
    </message>
    <message>
        <source>The record does not start with v=DMARC1, so receivers ignore it.</source>
        <translation>Der Eintrag beginnt nicht mit v=DMARC1, daher ignorieren Empfänger ihn.</translation>
    </message>
    <message>
        <source>A &apos;;&apos; is missing after v=DMARC1.</source>
        <translation>Nach v=DMARC1 fehlt ein „;“.</translation>
    </message>
    <message>
        <source>there is an empty element between semicolons</source>
        <translation>zwischen Semikolons steht ein leeres Element</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>„%1“ ist kein Paar Tag=Wert</translation>
    </message>
    <message>
        <source>the tag %1= appears twice</source>
        <translation>das Tag %1= kommt zweimal vor</translation>
    </message>
    <message>
        <source>np=%1 is not none, quarantine or reject</source>
        <translation>np=%1 ist weder none noch quarantine noch reject</translation>
    </message>
    <message>
        <source>%1=%2 is not r (relaxed) or s (strict)</source>
        <translation>%1=%2 ist weder r (relaxed) noch s (strict)</translation>
    </message>
    <message>
        <source>pct=%1 is gone in RFC 9989; receivers following it apply the policy to all mail (use t=y to test).</source>
        <translation>pct=%1 gibt es in RFC 9989 nicht mehr; Empfänger, die ihm folgen, wenden die Richtlinie auf alle Mail an (zum Testen t=y verwenden).</translation>
    </message>
    <message>
        <source>pct=%1 is not a percentage from 0 to 100</source>
        <translation>pct=%1 ist kein Prozentsatz von 0 bis 100</translation>
    </message>
    <message>
        <source>ri= is gone in RFC 9989; aggregate reports come daily.</source>
        <translation>ri= gibt es in RFC 9989 nicht mehr; Sammelberichte kommen täglich.</translation>
    </message>
    <message>
        <source>ri=%1 is not a number of seconds</source>
        <translation>ri=%1 ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>rf=%1 is not a list of report formats</source>
        <translation>rf=%1 ist keine Liste von Berichtsformaten</translation>
    </message>
    <message>
        <source>rf= names a report format nobody sends (%1); only afrf exists.</source>
        <translation>rf= nennt ein Berichtsformat, das niemand sendet (%1); es gibt nur afrf.</translation>
    </message>
    <message>
        <source>rf= is gone in RFC 9989; it can be removed.</source>
        <translation>rf= gibt es in RFC 9989 nicht mehr; es kann entfernt werden.</translation>
    </message>
    <message>
        <source>fo=%1 is not a &apos;:&apos;-separated list of 0, 1, d, s</source>
        <translation>fo=%1 ist keine durch „:“ getrennte Liste aus 0, 1, d, s</translation>
    </message>
    <message>
        <source>%1 is not a mailto: address; receivers only have to send reports by mail.</source>
        <translation>%1 ist keine mailto:-Adresse; Empfänger müssen Berichte nur per Mail senden.</translation>
    </message>
    <message>
        <source>%1 is not a usable mail address.</source>
        <translation>%1 ist keine brauchbare Mailadresse.</translation>
    </message>
    <message>
        <source>The size limit !%1 is gone in RFC 9989; it can be removed.</source>
        <translation>Die Größengrenze !%1 gibt es in RFC 9989 nicht mehr; sie kann entfernt werden.</translation>
    </message>
    <message>
        <source>psd=%1 is not y, n or u</source>
        <translation>psd=%1 ist weder y noch n noch u</translation>
    </message>
    <message>
        <source>t=%1 is not y or n</source>
        <translation>t=%1 ist weder y noch n</translation>
    </message>
    <message>
        <source>The record cannot be read: %1.</source>
        <translation>Der Eintrag ist nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>%1; receivers use the default instead.</source>
        <translation>%1; Empfänger verwenden stattdessen den Standardwert.</translation>
    </message>
    <message>
        <source>Unknown tag(s) %1 are ignored by receivers.</source>
        <translation>Unbekannte Tags (%1) werden von Empfängern ignoriert.</translation>
    </message>
    <message>
        <source>p=%1 is not none, quarantine or reject</source>
        <translation>p=%1 ist weder none noch quarantine noch reject</translation>
    </message>
    <message>
        <source>there is no p= tag</source>
        <translation>es gibt kein Tag p=</translation>
    </message>
    <message>
        <source>sp=%1 is not none, quarantine or reject</source>
        <translation>sp=%1 ist weder none noch quarantine noch reject</translation>
    </message>
    <message>
        <source>%1, so receivers act as if it said p=none.</source>
        <translation>%1, daher verhalten sich Empfänger, als stünde dort p=none.</translation>
    </message>
    <message>
        <source>%1, so receivers ignore the record.</source>
        <translation>%1, daher ignorieren Empfänger den Eintrag.</translation>
    </message>
    <message>
        <source>There is no p= tag and %1.</source>
        <translation>Es gibt kein Tag p=, und %1.</translation>
    </message>
    <message>
        <source>There is no p= tag: RFC 9989 reads that as p=none, but receivers following RFC 7489 ignore a record without p=.</source>
        <translation>Es gibt kein Tag p=: RFC 9989 liest das als p=none, aber Empfänger nach RFC 7489 ignorieren einen Eintrag ohne p=.</translation>
    </message>
    <message>
        <source>p= is not the second tag: RFC 9989 accepts that, but receivers following RFC 7489 ignore the record. Put p= right after v=DMARC1.</source>
        <translation>p= ist nicht das zweite Tag: RFC 9989 akzeptiert das, aber Empfänger nach RFC 7489 ignorieren den Eintrag. Setzen Sie p= direkt hinter v=DMARC1.</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty label (two dots in a row)</source>
        <translation>„%1“ hat ein leeres Label (zwei Punkte hintereinander)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a mail address; give only the part after the @</source>
        <translation>„%1“ sieht aus wie eine Mailadresse; geben Sie nur den Teil nach dem @ an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a web address; give only the domain name</source>
        <translation>„%1“ sieht aus wie eine Webadresse; geben Sie nur den Domainnamen an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address, not a domain name</source>
        <translation>„%1“ ist eine IP-Adresse, kein Domainname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>„%1“ ist kein gültiger Domainname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name (labels of letters, digits and hyphens, separated by dots)</source>
        <translation>„%1“ ist kein gültiger Domainname (Labels aus Buchstaben, Ziffern und Bindestrichen, durch Punkte getrennt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name (a label is empty after conversion)</source>
        <translation>„%1“ ist kein gültiger Domainname (ein Label ist nach der Umwandlung leer)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no dot; give the full domain name, such as example.com</source>
        <translation>„%1“ enthält keinen Punkt; geben Sie den vollständigen Domainnamen an, etwa example.com</translation>
    </message>
    <message>
        <source>has an unclosed &apos;[&apos;</source>
        <translation>enthält eine nicht geschlossene eckige Klammer „[“</translation>
    </message>
    <message>
        <source>is not HOST[:PORT]</source>
        <translation>ist nicht HOST[:PORT]</translation>
    </message>
    <message>
        <source>is not an IP address (give the server as 192.0.2.1, 192.0.2.1:5353 or [2001:db8::1]:5353)</source>
        <translation>ist keine IP-Adresse (geben Sie den Server als 192.0.2.1, 192.0.2.1:5353 oder [2001:db8::1]:5353 an)</translation>
    </message>
    <message>
        <source>has an invalid port (1 to 65535)</source>
        <translation>hat einen ungültigen Port (1 bis 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a leading zero in an octet, which some programs read as octal: write %2 or %3</source>
        <translation>„%1“ hat eine führende Null in einem Oktett, die manche Programme als Oktalzahl lesen: schreiben Sie %2 oder %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a leading zero in an octet, which some programs read as octal: write %2</source>
        <translation>„%1“ hat eine führende Null in einem Oktett, die manche Programme als Oktalzahl lesen: schreiben Sie %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address: write four numbers 0 to 255 separated by dots, such as 192.0.2.1</source>
        <translation>„%1“ ist keine IPv4-Adresse: schreiben Sie vier Zahlen von 0 bis 255, getrennt durch Punkte, etwa 192.0.2.1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address: write groups of up to four hex digits separated by colons, such as 2001:db8::1</source>
        <translation>„%1“ ist keine IPv6-Adresse: schreiben Sie Gruppen aus bis zu vier Hexziffern, getrennt durch Doppelpunkte, etwa 2001:db8::1</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>die Adresse ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a scope after the %, which means something only on one machine: write the address without it</source>
        <translation>„%1“ hat nach dem % einen Bereich, der nur auf einem Rechner etwas bedeutet: schreiben Sie die Adresse ohne ihn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address: write IPv4 as four numbers 0 to 255 (192.0.2.1) or IPv6 as in 2001:db8::1</source>
        <translation>„%1“ ist keine IP-Adresse: schreiben Sie IPv4 als vier Zahlen von 0 bis 255 (192.0.2.1) oder IPv6 wie in 2001:db8::1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could be the address %1 or %2 with port %3: write [%2]:%3 for the port, or [%1] for the address</source>
        <translation>„%1“ kann die Adresse %1 sein oder %2 mit Port %3: schreiben Sie [%2]:%3 für den Port oder [%1] für die Adresse</translation>
    </message>
</context>
<context>
    <name>DnsblCatalog</name>
    <message>
        <source>a list without a zone</source>
        <translation>eine Liste ohne Zone</translation>
    </message>
    <message>
        <source>%1: unknown state &apos;%2&apos;</source>
        <translation>%1: unbekannter Zustand „%2“</translation>
    </message>
    <message>
        <source>%1: unknown kind &apos;%2&apos;</source>
        <translation>%1: unbekannte Art „%2“</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the schema is not mailready.dnsbl-catalog/1</source>
        <translation>das Schema ist nicht mailready.dnsbl-catalog/1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Spamhaus SBL: the address belongs to a known spam source or spam operation.</source>
        <translation>Spamhaus SBL: Die Adresse gehört zu einer bekannten Spam-Quelle oder Spam-Operation.</translation>
    </message>
    <message>
        <source>Find out with the network&apos;s owner (your ISP or hosting provider) why the range is on the SBL; the listing usually concerns the provider&apos;s network, not one mailbox.</source>
        <translation>Klären Sie mit dem Inhaber des Netzes (Ihrem Provider oder Hoster), warum der Bereich auf der SBL steht; der Eintrag betrifft meist das Netz des Anbieters, nicht ein einzelnes Postfach.</translation>
    </message>
    <message>
        <source>Spamhaus SBL CSS: the address sent low-reputation mail (snowshoe spam or signs of a compromised account or script).</source>
        <translation>Spamhaus SBL CSS: Von der Adresse kam Mail mit schlechtem Ruf (Snowshoe-Spam oder Anzeichen eines gekaperten Kontos oder Skripts).</translation>
    </message>
    <message>
        <source>Find what sent bad mail from this address (a hacked mailbox, a web form or script that sends mail), stop it, then ask for removal.</source>
        <translation>Finden Sie, was von dieser Adresse schlechte Mail gesendet hat (ein gehacktes Postfach, ein Webformular oder Skript, das Mail verschickt), stoppen Sie es und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>Spamhaus XBL: an infected or exploited device sends from this address; often another device behind the same NAT router, not the mail server.</source>
        <translation>Spamhaus XBL: Ein infiziertes oder missbrauchtes Gerät sendet von dieser Adresse; oft ein anderes Gerät hinter demselben NAT-Router, nicht der Mailserver.</translation>
    </message>
    <message>
        <source>Check every device behind the same router (PCs, phones, cameras, IoT) for malware, block outgoing port 25 on the router for everything but the mail server, then remove the listing on the lookup page.</source>
        <translation>Prüfen Sie jedes Gerät hinter demselben Router (PCs, Telefone, Kameras, IoT) auf Schadsoftware, sperren Sie am Router ausgehenden Port 25 für alles außer dem Mailserver und entfernen Sie dann den Eintrag auf der Abfrageseite.</translation>
    </message>
    <message>
        <source>Spamhaus DROP: the whole range is hijacked or run by criminals (Don&apos;t Route Or Peer).</source>
        <translation>Spamhaus DROP: Der ganze Bereich ist gekapert oder wird von Kriminellen betrieben (Don&apos;t Route Or Peer).</translation>
    </message>
    <message>
        <source>Mail from this range will not be accepted: move the mail server to an address from another provider.</source>
        <translation>Mail aus diesem Bereich wird nicht angenommen: Ziehen Sie den Mailserver auf eine Adresse eines anderen Anbieters um.</translation>
    </message>
    <message>
        <source>Spamhaus PBL (listed by the ISP): a residential or dynamic range that should not send mail directly to other servers.</source>
        <translation>Spamhaus PBL (vom Provider eingetragen): ein privater oder dynamischer Bereich, der keine Mail direkt an andere Server senden soll.</translation>
    </message>
    <message>
        <source>Send through your ISP&apos;s smarthost (Postfix: relayhost = [smtp.your-isp.example]:587 with SASL authentication), or get a static business address from your ISP and ask it to remove the range from the PBL.</source>
        <translation>Senden Sie über den Smarthost Ihres Providers (Postfix: relayhost = [smtp.your-isp.example]:587 mit SASL-Anmeldung), oder besorgen Sie sich bei Ihrem Provider eine feste Geschäftsadresse und bitten Sie ihn, den Bereich aus der PBL zu nehmen.</translation>
    </message>
    <message>
        <source>Spamhaus PBL (listed by Spamhaus): the range looks residential or not meant to send mail directly.</source>
        <translation>Spamhaus PBL (von Spamhaus eingetragen): Der Bereich sieht nach privaten Anschlüssen aus oder ist nicht für direkten Mailversand gedacht.</translation>
    </message>
    <message>
        <source>If this is your own static address, remove it yourself on the PBL page (free, at once); otherwise send through your ISP&apos;s smarthost or a relay.</source>
        <translation>Ist das Ihre eigene feste Adresse, entfernen Sie sie selbst auf der PBL-Seite (kostenlos, sofort); senden Sie sonst über den Smarthost Ihres Providers oder ein Relay.</translation>
    </message>
    <message>
        <source>Find out what mail mentions or comes from the domain (a hacked account, a compromised website), stop it, then ask for removal.</source>
        <translation>Finden Sie heraus, welche Mail die Domain nennt oder von ihr kommt (ein gehacktes Konto, eine kompromittierte Website), stoppen Sie sie und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>Spamhaus DBL: the domain is used for phishing.</source>
        <translation>Spamhaus DBL: Die Domain wird für Phishing verwendet.</translation>
    </message>
    <message>
        <source>Clean up the compromised website or account, then ask for removal.</source>
        <translation>Bereinigen Sie die kompromittierte Website oder das Konto und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>Spamhaus DBL: the domain spreads malware.</source>
        <translation>Spamhaus DBL: Die Domain verbreitet Schadsoftware.</translation>
    </message>
    <message>
        <source>Spamhaus DBL: the domain is a botnet command-and-control server.</source>
        <translation>Spamhaus DBL: Die Domain ist ein Steuerserver eines Botnetzes.</translation>
    </message>
    <message>
        <source>Clean up the compromised server, then ask for removal.</source>
        <translation>Bereinigen Sie den kompromittierten Server und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>Spamhaus DBL: a legitimate domain that was abused to send or redirect spam.</source>
        <translation>Spamhaus DBL: eine legitime Domain, die zum Senden oder Umleiten von Spam missbraucht wurde.</translation>
    </message>
    <message>
        <source>Find the abused account, form or redirect on your site, close it, then ask for removal.</source>
        <translation>Finden Sie das missbrauchte Konto, Formular oder die Weiterleitung auf Ihrer Website, schließen Sie es und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>Spamhaus DBL: a legitimate domain that was abused for phishing, malware or botnet control.</source>
        <translation>Spamhaus DBL: eine legitime Domain, die für Phishing, Schadsoftware oder die Steuerung eines Botnetzes missbraucht wurde.</translation>
    </message>
    <message>
        <source>Clean up the compromised part of your site, then ask for removal.</source>
        <translation>Bereinigen Sie den kompromittierten Teil Ihrer Website und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>Spamhaus refused the query: the DBL does not accept IP addresses.</source>
        <translation>Spamhaus hat die Abfrage verweigert: Die DBL nimmt keine IP-Adressen an.</translation>
    </message>
    <message>
        <source>SpamCop: people recently reported spam from this address.</source>
        <translation>SpamCop: Kürzlich wurde Spam von dieser Adresse gemeldet.</translation>
    </message>
    <message>
        <source>Barracuda: the address has a poor sending reputation.</source>
        <translation>Barracuda: Die Adresse hat einen schlechten Ruf als Absender.</translation>
    </message>
    <message>
        <source>Stop whatever sent unwanted mail, then fill in the removal request.</source>
        <translation>Stoppen Sie, was unerwünschte Mail gesendet hat, und füllen Sie dann den Antrag auf Entfernung aus.</translation>
    </message>
    <message>
        <source>SpamRATS Dyna: the address&apos;s reverse DNS name looks generic or dynamic, like a home line.</source>
        <translation>SpamRATS Dyna: Der Reverse-DNS-Name der Adresse sieht generisch oder dynamisch aus, wie bei einem Heimanschluss.</translation>
    </message>
    <message>
        <source>Ask whoever owns the address to set a PTR record naming your mail server (mail.example.com), then ask for removal.</source>
        <translation>Bitten Sie den Inhaber der Adresse, einen PTR-Eintrag mit dem Namen Ihres Mailservers (mail.example.com) zu setzen, und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>SpamRATS NoPtr: the address has no reverse DNS name.</source>
        <translation>SpamRATS NoPtr: Die Adresse hat keinen Reverse-DNS-Namen.</translation>
    </message>
    <message>
        <source>Ask whoever owns the address (your ISP or hosting provider) to set its PTR record to your mail server&apos;s name, then ask for removal.</source>
        <translation>Bitten Sie den Inhaber der Adresse (Ihren Provider oder Hoster), ihren PTR-Eintrag auf den Namen Ihres Mailservers zu setzen, und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>SpamRATS Spam: the address sent mail to spam traps or in abusive volume.</source>
        <translation>SpamRATS Spam: Die Adresse hat Mail an Spamfallen oder in missbräuchlicher Menge gesendet.</translation>
    </message>
    <message>
        <source>Find what sent the mail (a hacked account, an open relay), stop it, then ask for removal.</source>
        <translation>Finden Sie, was die Mail gesendet hat (ein gehacktes Konto, ein offenes Relay), stoppen Sie es und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>PSBL: the address sent mail to spam traps.</source>
        <translation>PSBL: Die Adresse hat Mail an Spamfallen gesendet.</translation>
    </message>
    <message>
        <source>Find what sent the mail, stop it, then remove the address yourself on the PSBL lookup page.</source>
        <translation>Finden Sie, was die Mail gesendet hat, stoppen Sie es und entfernen Sie die Adresse dann selbst auf der PSBL-Abfrageseite.</translation>
    </message>
    <message>
        <source>UCEPROTECT Level 1: this address sent mail to spam traps.</source>
        <translation>UCEPROTECT Level 1: Diese Adresse hat Mail an Spamfallen gesendet.</translation>
    </message>
    <message>
        <source>Find what sent the mail and stop it; the listing expires by itself after 7 days without new hits.</source>
        <translation>Finden Sie, was die Mail gesendet hat, und stoppen Sie es; der Eintrag verfällt von selbst nach 7 Tagen ohne neue Treffer.</translation>
    </message>
    <message>
        <source>UCEPROTECT Level 2: other addresses in the same network range sent spam; few receivers use this list.</source>
        <translation>UCEPROTECT Level 2: Andere Adressen im selben Netzbereich haben Spam gesendet; nur wenige Empfänger verwenden diese Liste.</translation>
    </message>
    <message>
        <source>Nothing to do on your server; tell your provider. This list names whole ranges.</source>
        <translation>Auf Ihrem Server ist nichts zu tun; sagen Sie Ihrem Anbieter Bescheid. Diese Liste führt ganze Bereiche auf.</translation>
    </message>
    <message>
        <source>UCEPROTECT Level 3: the provider&apos;s whole network (ASN) sent spam; few receivers use this list.</source>
        <translation>UCEPROTECT Level 3: Das ganze Netz des Anbieters (ASN) hat Spam gesendet; nur wenige Empfänger verwenden diese Liste.</translation>
    </message>
    <message>
        <source>Nothing to do on your server; this list names whole provider networks.</source>
        <translation>Auf Ihrem Server ist nichts zu tun; diese Liste führt ganze Netze von Anbietern auf.</translation>
    </message>
    <message>
        <source>SORBS shut down in June 2024; its answers mean nothing any more.</source>
        <translation>SORBS wurde im Juni 2024 eingestellt; seine Antworten bedeuten nichts mehr.</translation>
    </message>
    <message>
        <source>dnsbl.inps.de stopped in 2020.</source>
        <translation>dnsbl.inps.de wurde 2020 eingestellt.</translation>
    </message>
    <message>
        <source>The Lashback UBL is no longer maintained.</source>
        <translation>Die Lashback UBL wird nicht mehr gepflegt.</translation>
    </message>
    <message>
        <source>list.dnswl.org is an allowlist: being on it is good, not a listing.</source>
        <translation>list.dnswl.org ist eine Positivliste: Darauf zu stehen ist gut und kein Blocklisten-Eintrag.</translation>
    </message>
    <message>
        <source>%1: a key without a setting</source>
        <translation>%1: ein Schlüssel ohne Einstellung</translation>
    </message>
    <message>
        <source>Spamhaus BCL: the address is a botnet controller (Botnet Controller List).</source>
        <translation>Spamhaus BCL: Die Adresse steuert ein Botnetz (Botnet Controller List).</translation>
    </message>
    <message>
        <source>The machine at this address controls infected computers: take it off the network, rebuild it, then ask for removal on the lookup page.</source>
        <translation>Der Rechner unter dieser Adresse steuert infizierte Computer: Nehmen Sie ihn vom Netz, setzen Sie ihn neu auf und beantragen Sie dann die Entfernung auf der Abfrageseite.</translation>
    </message>
    <message>
        <source>Spamhaus DBL: a low-reputation domain.</source>
        <translation>Spamhaus DBL: eine Domain mit schlechtem Ruf.</translation>
    </message>
    <message>
        <source>Spamhaus ZRD: the domain was first seen on the internet less than a day ago (the last number of the answer is its age in hours); many receivers distrust brand-new domains.</source>
        <translation>Spamhaus ZRD: Die Domain wurde vor weniger als einem Tag zum ersten Mal im Internet gesehen (die letzte Zahl der Antwort ist ihr Alter in Stunden); viele Empfänger misstrauen ganz neuen Domains.</translation>
    </message>
    <message>
        <source>Nothing to fix: the listing ends by itself 24 hours after the domain was first seen. Send important mail after that.</source>
        <translation>Nichts zu beheben: Der Eintrag endet von selbst 24 Stunden, nachdem die Domain zum ersten Mal gesehen wurde. Senden Sie wichtige Mail erst danach.</translation>
    </message>
    <message>
        <source>Spamhaus AuthBL: the address was seen logging in to mail servers with stolen or guessed credentials; submission servers use this list to refuse logins.</source>
        <translation>Spamhaus AuthBL: Von der Adresse aus wurde mit gestohlenen oder erratenen Zugangsdaten an Mailservern angemeldet; Einlieferungsserver lehnen Anmeldungen mit dieser Liste ab.</translation>
    </message>
    <message>
        <source>Find what on this address tries to log in to mail servers (a compromised device or script), stop it, then ask for removal.</source>
        <translation>Finden Sie, was unter dieser Adresse versucht, sich an Mailservern anzumelden (ein kompromittiertes Gerät oder Skript), stoppen Sie es und beantragen Sie dann die Entfernung.</translation>
    </message>
    <message>
        <source>Find and stop what sent the reported mail; the listing expires by itself soon after the reports stop.</source>
        <translation>Finden und stoppen Sie, was die gemeldete Mail gesendet hat; der Eintrag verfällt von selbst bald, nachdem die Meldungen aufhören.</translation>
    </message>
    <message>
        <source>Mailspike z list: the address took part in a zero-hour spam wave.</source>
        <translation>Mailspike-z-Liste: Die Adresse war an einer gerade laufenden Spamwelle beteiligt.</translation>
    </message>
    <message>
        <source>Find what sent the mail and stop it, then check the address on Mailspike&apos;s verification page (free below 100,000 messages a day).</source>
        <translation>Finden und stoppen Sie, was die Mail gesendet hat, und prüfen Sie die Adresse dann auf der Verifizierungsseite von Mailspike (kostenlos unter 100.000 Nachrichten am Tag).</translation>
    </message>
    <message>
        <source>Mailspike reputation: the address has a poor sending reputation (level L5 worst, L4, L3).</source>
        <translation>Mailspike-Reputation: Die Adresse hat einen schlechten Ruf als Absender (Stufe L5, am schlechtesten, L4, L3).</translation>
    </message>
    <message>
        <source>Send only wanted mail for a while; the reputation recovers by itself. Mailspike&apos;s verification page shows the current level.</source>
        <translation>Senden Sie eine Weile nur erwünschte Mail; der Ruf erholt sich von selbst. Die Verifizierungsseite von Mailspike zeigt die aktuelle Stufe.</translation>
    </message>
    <message>
        <source>Abusix: the address sent mail to spam traps.</source>
        <translation>Abusix: Die Adresse hat Mail an Spamfallen gesendet.</translation>
    </message>
    <message>
        <source>Find what sent the mail (a hacked account, a script), stop it, then ask Abusix for removal.</source>
        <translation>Finden Sie, was die Mail gesendet hat (ein gehacktes Konto, ein Skript), stoppen Sie es und beantragen Sie dann bei Abusix die Entfernung.</translation>
    </message>
    <message>
        <source>Abusix: the address has a low sending reputation.</source>
        <translation>Abusix: Die Adresse hat einen schlechten Ruf als Absender.</translation>
    </message>
    <message>
        <source>Send only wanted mail; find and stop anything that sent bulk or unwanted mail, then ask Abusix for removal.</source>
        <translation>Senden Sie nur erwünschte Mail; finden und stoppen Sie alles, was Massen- oder unerwünschte Mail gesendet hat, und beantragen Sie dann bei Abusix die Entfernung.</translation>
    </message>
    <message>
        <source>Abusix: an exploited or infected device sends from this address.</source>
        <translation>Abusix: Ein übernommenes oder infiziertes Gerät sendet von dieser Adresse.</translation>
    </message>
    <message>
        <source>Check every device behind the same router for malware and block outgoing port 25 for all but the mail server, then ask Abusix for removal.</source>
        <translation>Prüfen Sie jedes Gerät hinter demselben Router auf Schadsoftware, sperren Sie ausgehenden Port 25 für alles außer dem Mailserver und beantragen Sie dann bei Abusix die Entfernung.</translation>
    </message>
    <message>
        <source>Abusix policy list: the address&apos;s reverse DNS name looks generic, like a home line.</source>
        <translation>Abusix-Policy-Liste: Der Reverse-DNS-Name der Adresse sieht generisch aus, wie bei einem Heimanschluss.</translation>
    </message>
    <message>
        <source>Ask whoever owns the address to set a PTR record naming your mail server; Abusix lets the owner of a static address remove it from the policy list.</source>
        <translation>Bitten Sie den Inhaber der Adresse, einen PTR-Eintrag mit dem Namen Ihres Mailservers zu setzen; den Inhaber einer statischen Adresse lässt Abusix sie selbst aus der Policy-Liste entfernen.</translation>
    </message>
    <message>
        <source>Abusix policy list: the address has no reverse DNS name.</source>
        <translation>Abusix-Policy-Liste: Die Adresse hat keinen Reverse-DNS-Namen.</translation>
    </message>
    <message>
        <source>Ask whoever owns the address to set its PTR record to your mail server&apos;s name; Abusix lets the owner of a static address remove it from the policy list.</source>
        <translation>Bitten Sie den Inhaber der Adresse, ihren PTR-Eintrag auf den Namen Ihres Mailservers zu setzen; den Inhaber einer statischen Adresse lässt Abusix sie selbst aus der Policy-Liste entfernen.</translation>
    </message>
    <message>
        <source>Abusix: the address was listed by hand by Abusix&apos;s staff.</source>
        <translation>Abusix: Die Adresse wurde von Mitarbeitern von Abusix von Hand eingetragen.</translation>
    </message>
    <message>
        <source>Ask Abusix for the reason and for removal.</source>
        <translation>Fragen Sie Abusix nach dem Grund und nach der Entfernung.</translation>
    </message>
    <message>
        <source>Spam Eating Monkey: the address sent mail to its spam traps.</source>
        <translation>Spam Eating Monkey: Die Adresse hat Mail an dessen Spamfallen gesendet.</translation>
    </message>
    <message>
        <source>Find what sent the mail and stop it; ask Spam Eating Monkey for removal if the listing stays.</source>
        <translation>Finden und stoppen Sie, was die Mail gesendet hat; beantragen Sie bei Spam Eating Monkey die Entfernung, falls der Eintrag bleibt.</translation>
    </message>
    <message>
        <source>VirusFree: the address sent mail carrying malware.</source>
        <translation>VirusFree: Die Adresse hat Mail mit Schadsoftware gesendet.</translation>
    </message>
    <message>
        <source>Check the machines that send through this address for malware, stop it, then ask VirusFree for removal.</source>
        <translation>Prüfen Sie die Rechner, die über diese Adresse senden, auf Schadsoftware, stoppen Sie sie und beantragen Sie dann bei VirusFree die Entfernung.</translation>
    </message>
    <message>
        <source>blocklist.de: the address attacked other servers (password guessing on mail, SSH or web logins).</source>
        <translation>blocklist.de: Die Adresse hat andere Server angegriffen (Passwort-Raten bei Mail-, SSH- oder Web-Anmeldungen).</translation>
    </message>
    <message>
        <source>Find the compromised device or script on this address, stop it, then ask blocklist.de for removal.</source>
        <translation>Finden Sie das kompromittierte Gerät oder Skript unter dieser Adresse, stoppen Sie es und beantragen Sie dann bei blocklist.de die Entfernung.</translation>
    </message>
    <message>
        <source>SenderScore refused the query: the resolver in use is not registered with Validity.</source>
        <translation>SenderScore hat die Abfrage abgelehnt: Der verwendete Resolver ist bei Validity nicht registriert.</translation>
    </message>
    <message>
        <source>Backscatterer: the address sent bounces or auto-replies to forged senders (it accepted mail first and bounced it later); most receivers do not block on this list.</source>
        <translation>Backscatterer: Die Adresse hat Unzustellbarkeitsmeldungen oder automatische Antworten an gefälschte Absender gesendet (sie nahm Mail erst an und wies sie später zurück); die meisten Empfänger blockieren nicht wegen dieser Liste.</translation>
    </message>
    <message>
        <source>Reject unwanted mail during the SMTP dialogue instead of bouncing it afterwards, and turn off auto-replies to spam; the listing then expires by itself.</source>
        <translation>Lehnen Sie unerwünschte Mail schon im SMTP-Dialog ab, statt sie danach zurückzuschicken, und schalten Sie automatische Antworten auf Spam ab; der Eintrag verfällt dann von selbst.</translation>
    </message>
    <message>
        <source>s5h.net: this single address was seen sending abuse (s5h.net lists hosts, not ranges).</source>
        <translation>s5h.net: Von genau dieser Adresse wurde Missbrauch gesehen (s5h.net listet einzelne Hosts, keine Bereiche).</translation>
    </message>
    <message>
        <source>Find what sent the mail and stop it, then request removal on the removal page from the listed address itself.</source>
        <translation>Finden und stoppen Sie, was die Mail gesendet hat, und beantragen Sie dann die Entfernung auf der Entfernungsseite, und zwar von der eingetragenen Adresse selbst aus.</translation>
    </message>
    <message>
        <source>NiX Spam has been empty since 16 January 2025: it lists nothing.</source>
        <translation>NiX Spam ist seit dem 16. Januar 2025 leer: Die Liste enthält nichts.</translation>
    </message>
    <message>
        <source>rbl.lugh.ch has answered &quot;listed&quot; for every address since 22 July 2024.</source>
        <translation>rbl.lugh.ch antwortet seit dem 22. Juli 2024 für jede Adresse „eingetragen“.</translation>
    </message>
    <message>
        <source>dnsbl.madavi.de stopped in March 2025.</source>
        <translation>dnsbl.madavi.de wurde im März 2025 eingestellt.</translation>
    </message>
    <message>
        <source>bl.emailbasura.org is gone.</source>
        <translation>bl.emailbasura.org gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The spamcannibal.org domain expired and its zone answers &quot;listed&quot; for every address.</source>
        <translation>Die Domain spamcannibal.org ist abgelaufen, und ihre Zone antwortet für jede Adresse „eingetragen“.</translation>
    </message>
    <message>
        <source>AHBL shut down and has listed every address since 2015.</source>
        <translation>AHBL wurde eingestellt und listet seit 2015 jede Adresse.</translation>
    </message>
    <message>
        <source>NJABL shut down in 2013.</source>
        <translation>NJABL wurde 2013 eingestellt.</translation>
    </message>
    <message>
        <source>DSBL shut down in 2009.</source>
        <translation>DSBL wurde 2009 eingestellt.</translation>
    </message>
    <message>
        <source>MegaRBL shut down in 2021.</source>
        <translation>MegaRBL wurde 2021 eingestellt.</translation>
    </message>
    <message>
        <source>WebIron&apos;s lists stopped in 2020.</source>
        <translation>Die Listen von WebIron wurden 2020 eingestellt.</translation>
    </message>
    <message>
        <source>bsb.spamlookup.net stopped in 2020.</source>
        <translation>bsb.spamlookup.net wurde 2020 eingestellt.</translation>
    </message>
    <message>
        <source>DNSWL refused the query (too many queries from the resolver in use); this is an error, never a listing.</source>
        <translation>DNSWL hat die Abfrage abgelehnt (zu viele Abfragen vom verwendeten Resolver); das ist ein Fehler, nie ein Eintrag.</translation>
    </message>
    <message>
        <source>wl.mailspike.net is Mailspike&apos;s allowlist (neutral and good reputation, answers 127.0.0.13 to 127.0.0.20): being on it is good, not a listing.</source>
        <translation>wl.mailspike.net ist die Positivliste von Mailspike (neutraler und guter Ruf, Antworten 127.0.0.13 bis 127.0.0.20): Darauf zu stehen ist gut und kein Blocklisten-Eintrag.</translation>
    </message>
</context>
<context>
    <name>DnsblCheck</name>
    <message>
        <source>The blocklist catalog could not be read</source>
        <translation>Der Blocklisten-Katalog konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The blocklist catalog is unusable: %1.</source>
        <translation>Der Blocklisten-Katalog ist unbrauchbar: %1.</translation>
    </message>
    <message>
        <source>Give a valid catalog file with --dnsbl-catalog, or leave it out.</source>
        <translation>Geben Sie mit --dnsbl-catalog eine gültige Katalogdatei an, oder lassen Sie die Option weg.</translation>
    </message>
    <message>
        <source>%1 is not listed on %2</source>
        <translation>%1 steht nicht auf %2</translation>
    </message>
    <message>
        <source>Listed on %1 (%2); the list gives no reason.</source>
        <translation>Steht auf %1 (%2); die Liste nennt keinen Grund.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3)</source>
        <translation>%1 steht auf %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is listed on %2 (%3, answer %4): %5</source>
        <translation>%1 steht auf %2 (%3, Antwort %4): %5</translation>
    </message>
    <message>
        <source>Find and stop what sent unwanted mail from %1.</source>
        <translation>Finden und stoppen Sie, was unerwünschte Mail von %1 gesendet hat.</translation>
    </message>
    <message>
        <source>%1 on %2 could not be verified: %3</source>
        <translation>%1 auf %2 konnte nicht geprüft werden: %3</translation>
    </message>
    <message>
        <source>%1 was not queried: %2</source>
        <translation>%1 wurde nicht abgefragt: %2</translation>
    </message>
    <message>
        <source>Leave %1 out of --dnsbl.</source>
        <translation>Lassen Sie %1 bei --dnsbl weg.</translation>
    </message>
    <message>
        <source>%1 answers only resolvers registered with its operator: register the public address your resolver queries from with the operator of %2, or query through a registered resolver.</source>
        <translation>%1 antwortet nur Resolvern, die bei ihrem Betreiber registriert sind: Registrieren Sie die öffentliche Adresse, von der Ihr Resolver abfragt, beim Betreiber von %2, oder fragen Sie über einen registrierten Resolver ab.</translation>
    </message>
    <message>
        <source>If this persists through a local recursive resolver, the list is broken or gone: leave %1 out of --dnsbl.</source>
        <translation>Bleibt das auch über einen lokalen rekursiven Resolver so, ist die Liste defekt oder eingestellt: Lassen Sie %1 bei --dnsbl weg.</translation>
    </message>
    <message>
        <source>Run the check again later or through a local recursive resolver; if it persists, the list itself is broken and its results can be ignored.</source>
        <translation>Starten Sie die Prüfung später oder über einen lokalen rekursiven Resolver erneut; bleibt es so, ist die Liste selbst defekt, und ihre Ergebnisse können ignoriert werden.</translation>
    </message>
    <message>
        <source>Results from %1 are unknown: %2.</source>
        <translation>Ergebnisse von %1 sind unbekannt: %2.</translation>
    </message>
    <message>
        <source>Check that the nameserver in use answers (or give one with --nameserver), then run the check again.</source>
        <translation>Prüfen Sie, ob der verwendete Nameserver antwortet (oder geben Sie einen mit --nameserver an), und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>%1 is listed on %2 of %3 blocklists</source>
        <translation>%1 steht auf %2 von %3 Blocklisten</translation>
    </message>
    <message numerus="yes">
        <source>%1 is listed on %2 of %3 blocklists (and on %n informational list)</source>
        <translation>
            <numerusform>%1 steht auf %2 von %3 Blocklisten (und auf %n informativen Liste)</numerusform>
            <numerusform>%1 steht auf %2 von %3 Blocklisten (und auf %n informativen Listen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is listed on %2 of %3 blocklists (and on %n informational lists)</source>
        <translation>
            <numerusform>%1 steht auf %2 von %3 Blocklisten (und auf %n informativen Liste)</numerusform>
            <numerusform>%1 steht auf %2 von %3 Blocklisten (und auf %n informativen Listen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n lookup could not be verified</source>
        <translation>
            <numerusform>%1; %n Abfrage konnte nicht geprüft werden</numerusform>
            <numerusform>%1; %n Abfragen konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n lookups could not be verified</source>
        <translation>
            <numerusform>%1; %n Abfrage konnte nicht geprüft werden</numerusform>
            <numerusform>%1; %n Abfragen konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocklist to query</source>
        <translation>Keine Blockliste abzufragen</translation>
    </message>
    <message>
        <source>No listing found, but %1 of %2 lookups on %3 blocklists could not be verified</source>
        <translation>Kein Eintrag gefunden, aber %1 von %2 Abfragen bei %3 Blocklisten konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>Blocklists (DNSBL)</source>
        <translation>Blocklisten (DNSBL)</translation>
    </message>
    <message numerus="yes">
        <source>%n blocklist queries got no answer (timeout, SERVFAIL or refused), so those results are unknown, not clean.</source>
        <translation>
            <numerusform>%n Blocklisten-Abfrage bekam keine Antwort (Zeitüberschreitung, SERVFAIL oder abgelehnt), daher ist dieses Ergebnis unbekannt, nicht sauber.</numerusform>
            <numerusform>%n Blocklisten-Abfragen bekamen keine Antwort (Zeitüberschreitung, SERVFAIL oder abgelehnt), daher sind diese Ergebnisse unbekannt, nicht sauber.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not listed on the one blocklist queried</source>
        <translation>Nicht auf der einen abgefragten Blockliste eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>Not listed on any of %n blocklists</source>
        <translation>
            <numerusform>Auf keiner der %n Blocklisten eingetragen</numerusform>
            <numerusform>Auf keiner der %n Blocklisten eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source> Few receivers refuse mail over this list (it names whole networks, or something that is no reason to refuse delivery), so it is a warning, not a failure.</source>
        <translation> Nur wenige Empfänger lehnen wegen dieser Liste Mail ab (sie führt ganze Netze auf oder etwas, das kein Grund ist, die Zustellung abzulehnen); daher ist es eine Warnung, kein Fehler.</translation>
    </message>
    <message>
        <source> (What the answer means: %1)</source>
        <translation> (Was die Antwort bedeutet: %1)</translation>
    </message>
    <message>
        <source>Not queried, since they answer only with a key: %1.</source>
        <translation>Nicht abgefragt, da sie nur mit einem Schlüssel antworten: %1.</translation>
    </message>
    <message>
        <source>The keys are free for low volumes from each list&apos;s operator; give them with the option named, or in the wizard&apos;s blocklist keys. They are masked in every report.</source>
        <translation>Die Schlüssel gibt es für geringe Mengen kostenlos beim Betreiber der jeweiligen Liste; geben Sie sie mit der genannten Option an oder bei den Blocklisten-Schlüsseln des Assistenten. Sie werden in jedem Bericht unkenntlich gemacht.</translation>
    </message>
    <message>
        <source>%1 answers only with a key (--%2-key)</source>
        <translation>%1 antwortet nur mit einem Schlüssel (--%2-key)</translation>
    </message>
    <message>
        <source>%1 answers only with a key: enter it above under Keys for blocklists</source>
        <translation>%1 antwortet nur mit einem Schlüssel: oben unter „Schlüssel für Blocklisten“ eingeben</translation>
    </message>
    <message>
        <source>The keys are free for low volumes from each list&apos;s operator; enter them on this page under Keys for blocklists. They are never saved and are masked in every report.</source>
        <translation>Die Schlüssel gibt es für geringe Mengen kostenlos beim Betreiber der jeweiligen Liste; auf dieser Seite unter „Schlüssel für Blocklisten“ eingeben. Sie werden nie gespeichert und in jedem Bericht unkenntlich gemacht.</translation>
    </message>
    <message>
        <source>Check that the nameserver in use answers (or enter one under Advanced on the first page), then check again.</source>
        <translation>Prüfen, ob der verwendete Nameserver antwortet (oder auf der ersten Seite unter „Erweitert“ einen eintragen), dann erneut prüfen.</translation>
    </message>
    <message>
        <source>%1 was not asked on any blocklist: none of the lists in use covers IPv6.</source>
        <translation>%1 wurde bei keiner Blockliste abgefragt: Keine der verwendeten Listen deckt IPv6 ab.</translation>
    </message>
    <message numerus="yes">
        <source>No blocklist was asked: none of the %n lists in use covers IPv6</source>
        <translation>
            <numerusform>Keine Blockliste wurde abgefragt: Die %n verwendete Liste deckt IPv6 nicht ab</numerusform>
            <numerusform>Keine Blockliste wurde abgefragt: Keine der %n verwendeten Listen deckt IPv6 ab</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocklist was asked: the one list in use does not cover IPv6</source>
        <translation>Keine Blockliste wurde abgefragt: Die eine verwendete Liste deckt IPv6 nicht ab</translation>
    </message>
    <message>
        <source>No listing found, but the lookup on the one blocklist queried could not be verified</source>
        <translation>Kein Eintrag gefunden, aber die Abfrage bei der einen abgefragten Blockliste konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>No listing found, but %1 of %2 lookups on the one blocklist queried could not be verified</source>
        <translation>Kein Eintrag gefunden, aber %1 von %2 Abfragen bei der einen abgefragten Blockliste konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>Check %1 again later, or through a local recursive resolver.</source>
        <translation>Prüfen Sie %1 später erneut oder über einen lokalen rekursiven Resolver.</translation>
    </message>
    <message>
        <source> Removal: %1</source>
        <translation> Austragen: %1</translation>
    </message>
</context>
<context>
    <name>DnsblVerdict</name>
    <message>
        <source>the name &apos;test&apos;</source>
        <translation>der Name „test“</translation>
    </message>
    <message>
        <source>the name &apos;invalid&apos;</source>
        <translation>der Name „invalid“</translation>
    </message>
    <message>
        <source>the list says the query was malformed (127.255.255.252), for example a typing error in the zone name</source>
        <translation>die Liste meldet eine fehlerhafte Abfrage (127.255.255.252), zum Beispiel einen Tippfehler im Zonennamen</translation>
    </message>
    <message>
        <source>the list refuses queries that come through a public or shared resolver (127.255.255.254)</source>
        <translation>die Liste verweigert Abfragen, die über einen öffentlichen oder geteilten Resolver kommen (127.255.255.254)</translation>
    </message>
    <message>
        <source>the list refuses the resolver in use for sending too many queries (127.255.255.255)</source>
        <translation>die Liste verweigert dem verwendeten Resolver die Antwort, weil er zu viele Abfragen sendet (127.255.255.255)</translation>
    </message>
    <message>
        <source>the list answered %1, an error code, not a listing</source>
        <translation>die Liste antwortete %1, einen Fehlercode, keinen Eintrag</translation>
    </message>
    <message>
        <source>the query got no usable answer (%1)</source>
        <translation>die Abfrage bekam keine brauchbare Antwort (%1)</translation>
    </message>
    <message>
        <source>the answer %1 is outside 127.0.0.0/8, so it is not a blocklist answer (a resolver that rewrites &quot;does not exist&quot; answers, such as Pi-hole or an ISP&apos;s redirect service, gives such answers)</source>
        <translation>die Antwort %1 liegt außerhalb von 127.0.0.0/8 und ist daher keine Blocklisten-Antwort (solche Antworten gibt ein Resolver, der „existiert nicht“-Antworten umschreibt, etwa Pi-hole oder der Umleitungsdienst eines Providers)</translation>
    </message>
    <message>
        <source>its RFC 5782 test query got no answer (%1)</source>
        <translation>ihre Testabfrage nach RFC 5782 bekam keine Antwort (%1)</translation>
    </message>
    <message>
        <source>it does not list its test entry %1 as RFC 5782 requires, so &quot;not listed&quot; answers cannot be trusted</source>
        <translation>sie führt ihren Testeintrag %1 nicht, wie RFC 5782 es verlangt, daher ist Antworten „nicht gelistet“ nicht zu trauen</translation>
    </message>
    <message>
        <source>its test entry %1 got an answer outside 127.0.0.0/8 (%2)</source>
        <translation>ihr Testeintrag %1 bekam eine Antwort außerhalb von 127.0.0.0/8 (%2)</translation>
    </message>
    <message>
        <source>its test entry %1 got an error answer: %2</source>
        <translation>ihr Testeintrag %1 bekam eine Fehlerantwort: %2</translation>
    </message>
    <message>
        <source>it lists %1, which RFC 5782 forbids: it answers &quot;listed&quot; for everything</source>
        <translation>sie führt %1, was RFC 5782 verbietet: Sie antwortet auf alles mit „gelistet“</translation>
    </message>
    <message>
        <source>%1 got an answer outside 127.0.0.0/8 (%2) instead of &quot;does not exist&quot;</source>
        <translation>%1 bekam eine Antwort außerhalb von 127.0.0.0/8 (%2) statt „existiert nicht“</translation>
    </message>
    <message>
        <source>%1 got an error answer: %2</source>
        <translation>%1 bekam eine Fehlerantwort: %2</translation>
    </message>
    <message>
        <source>the list cannot be trusted through this resolver: %1</source>
        <translation>der Liste ist über diesen Resolver nicht zu trauen: %1</translation>
    </message>
    <message>
        <source> (this list answers only resolvers registered with its operator)</source>
        <translation> (diese Liste antwortet nur Resolvern, die bei ihrem Betreiber registriert sind)</translation>
    </message>
    <message>
        <source>%1 refused the resolver in use for sending too many queries (127.255.255.255), which happens with resolvers shared by many users</source>
        <translation>%1 verweigerte dem verwendeten Resolver die Antwort, weil er zu viele Abfragen sendet (127.255.255.255); das passiert bei Resolvern, die viele Nutzer teilen</translation>
    </message>
    <message>
        <source>%1 gave answers no honest blocklist gives (everything listed, or addresses outside 127.0.0.0/8): the resolver in use rewrites &quot;does not exist&quot; answers, as Pi-hole setups and some ISPs&apos; resolvers do</source>
        <translation>%1 gaben Antworten, die keine ehrliche Blockliste gibt (alles gelistet oder Adressen außerhalb von 127.0.0.0/8): Der verwendete Resolver schreibt „existiert nicht“-Antworten um, wie es Pi-hole-Installationen und die Resolver mancher Provider tun</translation>
    </message>
    <message>
        <source>Blocklist results cannot be trusted through the resolver in use, so they are shown as unknown, not clean: %1.</source>
        <translation>Blocklisten-Ergebnissen ist über den verwendeten Resolver nicht zu trauen, daher werden sie als unbekannt angezeigt, nicht als sauber: %1.</translation>
    </message>
    <message>
        <source>Run a local recursive resolver that asks the blocklists directly (for example: apt install unbound, then &quot;nameserver 127.0.0.1&quot; in /etc/resolv.conf) and run the check again with --nameserver 127.0.0.1.</source>
        <translation>Betreiben Sie einen lokalen rekursiven Resolver, der die Blocklisten direkt fragt (zum Beispiel: apt install unbound, dann &quot;nameserver 127.0.0.1&quot; in /etc/resolv.conf), und starten Sie die Prüfung erneut mit --nameserver 127.0.0.1.</translation>
    </message>
    <message>
        <source> Or get a free Spamhaus Data Query Service (DQS) key from spamhaus.com and run the check with --spamhaus-dqs-key KEY; DQS answers through any resolver.</source>
        <translation> Oder holen Sie sich bei spamhaus.com einen kostenlosen Schlüssel für den Spamhaus Data Query Service (DQS) und starten Sie die Prüfung mit --spamhaus-dqs-key KEY; DQS antwortet über jeden Resolver.</translation>
    </message>
    <message>
        <source> A DQS key was given: check that it is the key shown in your Spamhaus account.</source>
        <translation> Ein DQS-Schlüssel wurde angegeben: Prüfen Sie, ob es der Schlüssel ist, den Ihr Spamhaus-Konto anzeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocklists failed their RFC 5782 health check (%1)</source>
        <translation>
            <numerusform>%n Blockliste hat ihre Zustandsprüfung nach RFC 5782 nicht bestanden (%1)</numerusform>
            <numerusform>%n Blocklisten haben ihre Zustandsprüfung nach RFC 5782 nicht bestanden (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused to answer because the query came through a public or shared resolver (127.255.255.254): Spamhaus documents this for Cloudflare&apos;s resolver, and in June 2023 it blocked the networks of OVH, AWS and Hetzner (source: https://www.spamhaus.com/resource-center/successfully-accessing-spamhauss-free-block-lists-using-a-public-dns/)</source>
        <translation>%1 hat die Antwort verweigert, weil die Abfrage über einen öffentlichen oder geteilten Resolver kam (127.255.255.254): Spamhaus dokumentiert das für den Resolver von Cloudflare und hat im Juni 2023 die Netze von OVH, AWS und Hetzner gesperrt (Quelle: https://www.spamhaus.com/resource-center/successfully-accessing-spamhauss-free-block-lists-using-a-public-dns/)</translation>
    </message>
    <message>
        <source>%1 did not list their RFC 5782 test entry: the resolver in use hides listings (Google Public DNS answers &quot;does not exist&quot; to Spamhaus queries, and may do so for other lists; source: https://www.spamhaus.com/resource-center/successfully-accessing-spamhauss-free-block-lists-using-a-public-dns/), so &quot;not listed&quot; means nothing through it</source>
        <translation>%1 haben ihren RFC-5782-Testeintrag nicht gelistet: Der verwendete Resolver verbirgt Einträge (Google Public DNS antwortet auf Spamhaus-Abfragen „existiert nicht“ und womöglich auch bei anderen Listen; Quelle: https://www.spamhaus.com/resource-center/successfully-accessing-spamhauss-free-block-lists-using-a-public-dns/), daher bedeutet „nicht eingetragen“ über ihn nichts</translation>
    </message>
    <message>
        <source>Run a local recursive resolver that asks the blocklists directly (for example: apt install unbound, then &quot;nameserver 127.0.0.1&quot; in /etc/resolv.conf), enter 127.0.0.1 as Nameservers under Advanced on the first page and check again.</source>
        <translation>Einen lokalen rekursiven Resolver betreiben, der die Blocklisten direkt fragt (zum Beispiel: apt install unbound, dann „nameserver 127.0.0.1“ in /etc/resolv.conf), auf der ersten Seite unter „Erweitert“ 127.0.0.1 als Nameserver eintragen und erneut prüfen.</translation>
    </message>
    <message>
        <source> Or get a free Spamhaus Data Query Service (DQS) key from spamhaus.com and enter it on the Blocklists page; DQS answers through any resolver.</source>
        <translation> Oder einen kostenlosen Schlüssel für den Spamhaus Data Query Service (DQS) bei spamhaus.com holen und auf der Seite „Blocklisten“ eingeben; DQS antwortet über jeden Resolver.</translation>
    </message>
</context>
<context>
    <name>DomainPresence</name>
    <message>
        <source>%1 does not exist in DNS: check the spelling or register it.</source>
        <translation>%1 existiert im DNS nicht: Prüfen Sie die Schreibweise oder registrieren Sie die Domain.</translation>
    </message>
    <message>
        <source>Ask another resolver with --nameserver, or repair the system&apos;s (/etc/resolv.conf).</source>
        <translation>Fragen Sie mit --nameserver einen anderen Resolver, oder reparieren Sie den des Systems (/etc/resolv.conf).</translation>
    </message>
    <message>
        <source>Enter a working resolver under Nameservers on the first page, or repair the system&apos;s.</source>
        <translation>Tragen Sie auf der ersten Seite unter Nameserver einen funktionierenden Resolver ein, oder reparieren Sie den des Systems.</translation>
    </message>
    <message>
        <source>Not checked: %1 does not exist in DNS</source>
        <translation>Nicht geprüft: %1 existiert im DNS nicht</translation>
    </message>
    <message>
        <source>Not checked: the resolver in use is broken (it says the DNS root does not exist)</source>
        <translation>Nicht geprüft: Der verwendete Resolver ist defekt (er sagt, die DNS-Wurzel existiere nicht)</translation>
    </message>
    <message>
        <source>The resolver in use (%1) answers that even the DNS root does not exist: it is broken, so nothing could be checked.</source>
        <translation>Der verwendete Resolver (%1) antwortet, dass selbst die DNS-Wurzel nicht existiert: Er ist defekt, daher konnte nichts geprüft werden.</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>der des Systems</translation>
    </message>
    <message>
        <source>Ask another resolver with --nameserver.</source>
        <translation>Fragen Sie mit --nameserver einen anderen Resolver.</translation>
    </message>
    <message>
        <source>Enter a working resolver under Nameservers on the first page.</source>
        <translation>Tragen Sie auf der ersten Seite unter Nameserver einen funktionierenden Resolver ein.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain, or register it.</source>
        <translation>Prüfen Sie die Schreibweise der Domain, oder registrieren Sie sie.</translation>
    </message>
</context>
<context>
    <name>EhloCheck</name>
    <message>
        <source>Publish in your zone: %1. Or announce %2, which already resolves back: %3.</source>
        <translation>Veröffentlichen Sie in Ihrer Zone: %1. Oder melden Sie sich als %2, das schon zurück auflöst: %3.</translation>
    </message>
    <message>
        <source>Publish in your zone: %1</source>
        <translation>Veröffentlichen Sie in Ihrer Zone: %1</translation>
    </message>
    <message>
        <source>Mail leaves through a relay whose EHLO name is not known here</source>
        <translation>Die Mail wird über ein Relay verschickt, dessen EHLO-Name hier nicht bekannt ist</translation>
    </message>
    <message>
        <source>No EHLO name given (--hostname), so it was not compared</source>
        <translation>Kein EHLO-Name angegeben (--hostname), daher wurde er nicht verglichen</translation>
    </message>
    <message>
        <source>%1 is not a public address (see the PTR check)</source>
        <translation>%1 ist keine öffentliche Adresse (siehe PTR-Prüfung)</translation>
    </message>
    <message>
        <source>The PTR lookup of %1 failed (%2)</source>
        <translation>Die PTR-Abfrage von %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1 has no PTR name to match %2</source>
        <translation>%1 hat keinen PTR-Namen, der zu %2 passen könnte</translation>
    </message>
    <message>
        <source>%1 has no PTR record, so the EHLO name %2 cannot match it.</source>
        <translation>%1 hat keinen PTR-Eintrag, daher kann der EHLO-Name %2 nicht dazu passen.</translation>
    </message>
    <message>
        <source>Ask whoever owns %1 to set its PTR record to %2.</source>
        <translation>Bitten Sie den Inhaber von %1, den PTR-Eintrag auf %2 zu setzen.</translation>
    </message>
    <message>
        <source>EHLO name %1 is not the PTR name of %2 (%3)</source>
        <translation>Der EHLO-Name %1 ist nicht der PTR-Name von %2 (%3)</translation>
    </message>
    <message>
        <source>Announce the PTR name instead. %1. Or ask whoever owns %2 to change its PTR record to %3.</source>
        <translation>Melden Sie sich stattdessen mit dem PTR-Namen. %1. Oder bitten Sie den Inhaber von %2, den PTR-Eintrag auf %3 zu ändern.</translation>
    </message>
    <message>
        <source>Your server says &quot;EHLO %1&quot;, but the reverse DNS of %2 names %3. Receivers compare the two; a mismatch looks like a spam bot.</source>
        <translation>Ihr Server sagt „EHLO %1“, aber der Reverse DNS von %2 nennt %3. Empfänger vergleichen beides; eine Abweichung sieht nach einem Spam-Bot aus.</translation>
    </message>
    <message>
        <source>%1 is the PTR name of %2 and resolves back to it</source>
        <translation>%1 ist der PTR-Name von %2 und löst auf diese Adresse zurück auf</translation>
    </message>
    <message>
        <source>The %1 lookup of %2 failed (%3)</source>
        <translation>Die %1-Abfrage von %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1 is the PTR name of %2 but its %3 record does not hold it</source>
        <translation>%1 ist der PTR-Name von %2, aber sein %3-Eintrag enthält die Adresse nicht</translation>
    </message>
    <message>
        <source>The EHLO name %1 matches the PTR name of %2, but %1 does not resolve to %2 (%3).</source>
        <translation>Der EHLO-Name %1 passt zum PTR-Namen von %2, aber %1 löst nicht auf %2 auf (%3).</translation>
    </message>
    <message>
        <source>it has other addresses</source>
        <translation>er hat andere Adressen</translation>
    </message>
    <message>
        <source>%1 matches the reverse DNS of every sending address</source>
        <translation>%1 passt zum Reverse DNS jeder Absendeadresse</translation>
    </message>
    <message>
        <source>%1 does not match the reverse DNS of every sending address</source>
        <translation>%1 passt nicht zum Reverse DNS jeder Absendeadresse</translation>
    </message>
    <message>
        <source>The EHLO name could not be compared with reverse DNS</source>
        <translation>Der EHLO-Name konnte nicht mit dem Reverse DNS verglichen werden</translation>
    </message>
    <message>
        <source>EHLO name matches reverse DNS</source>
        <translation>EHLO-Name passt zum Reverse DNS</translation>
    </message>
    <message>
        <source>%1 is your ISP&apos;s generic name for a home line, in the ISP&apos;s zone: do not announce it, and nothing you publish changes it. Ask the ISP for a custom PTR record (%2 -&gt; %3, whose %4 record in your zone holds %2); most only do that on a business line. Otherwise send through a relay.</source>
        <translation>%1 ist der allgemeine Name Ihres Providers für einen Privatanschluss, in der Zone des Providers: Melden Sie sich nicht damit, und nichts, was Sie veröffentlichen, ändert ihn. Bitten Sie den Provider um einen eigenen PTR-Eintrag (%2 -&gt; %3, dessen %4-Eintrag in Ihrer Zone %2 enthält); die meisten tun das nur bei einem Geschäftsanschluss. Senden Sie sonst über ein Relay.</translation>
    </message>
    <message>
        <source>Set your mail server&apos;s EHLO name to %1.</source>
        <translation>Stellen Sie den EHLO-Namen Ihres Mailservers auf %1.</translation>
    </message>
    <message>
        <source>your mail server&apos;s name</source>
        <translation>den Namen Ihres Mailservers</translation>
    </message>
    <message>
        <source>Publish the %1 record of %2 in your zone.</source>
        <translation>Veröffentlichen Sie den %1-Eintrag von %2 in Ihrer Zone.</translation>
    </message>
    <message>
        <source>Ask whoever owns %1 for a PTR record naming %2.</source>
        <translation>Bitten Sie den Inhaber von %1 um einen PTR-Eintrag, der %2 nennt.</translation>
    </message>
    <message>
        <source>Ask whoever owns %1 to change its PTR record to %2 (and publish %2. IN %3 %1 in your zone).</source>
        <translation>Bitten Sie den Inhaber von %1, den PTR-Eintrag auf %2 zu ändern (und veröffentlichen Sie %2. IN %3 %1 in Ihrer Zone).</translation>
    </message>
    <message>
        <source>Ask whoever owns %1 to change its PTR record to %2.</source>
        <translation>Bitten Sie den Inhaber von %1, den PTR-Eintrag auf %2 zu ändern.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>has an unclosed &apos;[&apos;</source>
        <translation>enthält eine nicht geschlossene eckige Klammer „[“</translation>
    </message>
    <message>
        <source>is not HOST[:PORT]</source>
        <translation>ist nicht HOST[:PORT]</translation>
    </message>
    <message>
        <source>has an invalid port (1 to 65535)</source>
        <translation>hat einen ungültigen Port (1 bis 65535)</translation>
    </message>
    <message>
        <source>is not HOST[:PORT] (a host name or an IP address, then an optional port)</source>
        <translation>ist nicht HOST[:PORT] (ein Hostname oder eine IP-Adresse, danach optional ein Port)</translation>
    </message>
    <message>
        <source>the address lookup of %1 failed (%2)</source>
        <translation>die Adressabfrage von %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1 has no address (%2)</source>
        <translation>%1 hat keine Adresse (%2)</translation>
    </message>
</context>
<context>
    <name>FcrdnsCheck</name>
    <message>
        <source>%1 resolves to %2, not %3</source>
        <translation>%1 löst auf %2 auf, nicht auf %3</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 has no %2 record</source>
        <translation>%1 hat keinen %2-Eintrag</translation>
    </message>
    <message>
        <source>the %1 lookup of %2 failed (%3)</source>
        <translation>die %1-Abfrage von %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1 is not a public address (see the PTR check)</source>
        <translation>%1 ist keine öffentliche Adresse (siehe PTR-Prüfung)</translation>
    </message>
    <message>
        <source>The PTR lookup of %1 failed (%2)</source>
        <translation>Die PTR-Abfrage von %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1 has no PTR record, so there is nothing to confirm</source>
        <translation>%1 hat keinen PTR-Eintrag, daher gibt es nichts zu bestätigen</translation>
    </message>
    <message>
        <source>%1 has no PTR name, so receivers cannot confirm it forward.%2</source>
        <translation>%1 hat keinen PTR-Namen, daher können Empfänger die Adresse nicht vorwärts bestätigen.%2</translation>
    </message>
    <message>
        <source>First get a PTR record for %1 (see the PTR check), then publish the matching %2 record.</source>
        <translation>Besorgen Sie zuerst einen PTR-Eintrag für %1 (siehe PTR-Prüfung) und veröffentlichen Sie dann den passenden %2-Eintrag.</translation>
    </message>
    <message>
        <source>Could not confirm %1 forward: %2.</source>
        <translation>%1 konnte nicht vorwärts bestätigt werden: %2.</translation>
    </message>
    <message>
        <source>Check that the nameserver in use answers, then run the check again.</source>
        <translation>Prüfen Sie, ob der verwendete Nameserver antwortet, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 is not forward-confirmed: %2. Receivers (Gmail, Outlook, most spam filters) treat an address whose PTR name does not point back to it like one without reverse DNS.</source>
        <translation>Der Reverse DNS von %1 ist nicht vorwärts bestätigt: %2. Empfänger (Gmail, Outlook, die meisten Spamfilter) behandeln eine Adresse, deren PTR-Name nicht auf sie zurückzeigt, wie eine ohne Reverse DNS.</translation>
    </message>
    <message>
        <source>All %1 sending addresses are forward-confirmed</source>
        <translation>Alle %1 Absendeadressen sind vorwärts bestätigt</translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS could not be verified</source>
        <translation>Vorwärts bestätigter Reverse DNS konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS</source>
        <translation>Vorwärts bestätigter Reverse DNS</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sending addresses are not forward-confirmed</source>
        <translation>
            <numerusform>%n von %1 Absendeadressen ist nicht vorwärts bestätigt</numerusform>
            <numerusform>%n von %1 Absendeadressen sind nicht vorwärts bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is your ISP&apos;s generic name for a home line: it lives in the ISP&apos;s zone, where you cannot publish. Ask the ISP for a custom PTR record (%2 -&gt; your mail server&apos;s name, whose %3 record in your zone holds %2); most only do that on a business line. Otherwise send through a relay.</source>
        <translation>%1 ist der allgemeine Name Ihres Providers für einen Privatanschluss: Er steht in der Zone des Providers, in der Sie nichts veröffentlichen können. Bitten Sie den Provider um einen eigenen PTR-Eintrag (%2 -&gt; der Name Ihres Mailservers, dessen %3-Eintrag in Ihrer Zone %2 enthält); die meisten tun das nur bei einem Geschäftsanschluss. Senden Sie sonst über ein Relay.</translation>
    </message>
    <message>
        <source>If %1 is a name in your own zone, publish there: %1. IN %2 %3. Otherwise ask whoever owns %3 to change its PTR record to your mail server&apos;s name, whose %2 record holds %3.</source>
        <translation>Wenn %1 ein Name in Ihrer eigenen Zone ist, veröffentlichen Sie dort: %1. IN %2 %3. Bitten Sie sonst den Inhaber von %3, den PTR-Eintrag auf den Namen Ihres Mailservers zu ändern, dessen %2-Eintrag %3 enthält.</translation>
    </message>
    <message>
        <source>Make %1 resolve to %2 if it is yours; otherwise have the PTR record of %2 changed.</source>
        <translation>Lassen Sie %1 auf %2 auflösen, wenn der Name Ihnen gehört; lassen Sie sonst den PTR-Eintrag von %2 ändern.</translation>
    </message>
    <message>
        <source>Ask whoever owns %1 for a PTR record naming your mail server.</source>
        <translation>Bitten Sie den Inhaber von %1 um einen PTR-Eintrag, der Ihren Mailserver nennt.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%1: not verified in the last %n run(s)</source>
        <translation>
            <numerusform>%1: %n Lauf in Folge nicht geprüft</numerusform>
            <numerusform>%1: %n Läufe in Folge nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1: good, unchanged since setup (%2)</source>
        <translation>%1: gut, unverändert seit der Einrichtung (%2)</translation>
    </message>
    <message>
        <source>%1: good since %2</source>
        <translation>%1: gut seit %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 seit %3</translation>
    </message>
    <message>
        <source>Sending address %1 since %2</source>
        <translation>Sendeadresse %1 seit %2</translation>
    </message>
</context>
<context>
    <name>IpEchoSource</name>
    <message>
        <source>is not TYPE:NAME@SERVER[:PORT] (for example A:myip.opendns.com@208.67.222.222)</source>
        <translation>ist nicht TYP:NAME@SERVER[:PORT] (zum Beispiel A:myip.opendns.com@208.67.222.222)</translation>
    </message>
    <message>
        <source>has type %1; use A, AAAA or TXT</source>
        <translation>hat den Typ %1; verwenden Sie A, AAAA oder TXT</translation>
    </message>
    <message>
        <source>has an invalid name</source>
        <translation>hat einen ungültigen Namen</translation>
    </message>
    <message>
        <source>has a bad server: %1</source>
        <translation>hat einen fehlerhaften Server: %1</translation>
    </message>
    <message>
        <source>no TLS connection: %1</source>
        <translation>keine TLS-Verbindung: %1</translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <source>the answer is larger than 64 KiB</source>
        <translation>die Antwort ist größer als 64 KiB</translation>
    </message>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>answered something that is not an address (&quot;%1&quot;)</source>
        <translation>antwortete etwas, das keine Adresse ist („%1“)</translation>
    </message>
    <message>
        <source>the TXT answer holds no address</source>
        <translation>die TXT-Antwort enthält keine Adresse</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>it is %1, not a file</source>
        <translation>es ist %1, keine Datei</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>sie ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>no file was named (the value is empty)</source>
        <translation>es wurde keine Datei angegeben (der Wert ist leer)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>%1 is %2, not a file: name a new file</source>
        <translation>%1 ist %2, keine Datei: Geben Sie einen neuen Dateinamen an</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, and MailReady does not write through links: name the file itself</source>
        <translation>%1 ist ein symbolischer Link, und MailReady schreibt nicht durch Links: Geben Sie die Datei selbst an</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot set the mode of %1: %2</source>
        <translation>die Zugriffsrechte von %1 lassen sich nicht setzen: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LdnsResolver</name>
    <message>
        <source>no nameserver is configured (none given and /etc/resolv.conf names none)</source>
        <translation>kein Nameserver ist eingerichtet (keiner angegeben, und /etc/resolv.conf nennt keinen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid DNS name</source>
        <translation>„%1“ ist kein gültiger DNS-Name</translation>
    </message>
    <message>
        <source>could not set up a query to %1</source>
        <translation>die Abfrage an %1 konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 ms</source>
        <translation>%1 antwortete nicht innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>could not query %1: %2</source>
        <translation>%1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>CNAME loop at %1</source>
        <translation>CNAME-Schleife bei %1</translation>
    </message>
    <message>
        <source>CNAME chain longer than %1 steps</source>
        <translation>CNAME-Kette länger als %1 Schritte</translation>
    </message>
    <message>
        <source>%1 did not answer</source>
        <translation>%1 antwortete nicht</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>No Received: header records a connection to %1.</source>
        <translation>Keine Received:-Kopfzeile verzeichnet eine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>No Received: header records a connection from outside the receiver, so the connecting address is not known.</source>
        <translation>Keine Received:-Kopfzeile verzeichnet eine Verbindung von außerhalb des Empfängers, daher ist die verbindende Adresse nicht bekannt.</translation>
    </message>
    <message>
        <source>The message has no Received: header: it is not a copy as a receiver stored it (or its headers were cut off).</source>
        <translation>Die Nachricht hat keine Received:-Kopfzeile: Sie ist keine Kopie, wie ein Empfänger sie gespeichert hat (oder ihre Kopfzeilen wurden abgeschnitten).</translation>
    </message>
</context>
<context>
    <name>MessageCheck</name>
    <message>
        <source>verifies with the published key</source>
        <translation>besteht die Prüfung mit dem veröffentlichten Schlüssel</translation>
    </message>
    <message>
        <source>Only the headers were given: the signature of %1 could not be checked against the body. Paste the whole message (the original source) to check it.</source>
        <translation>Es wurden nur die Kopfzeilen angegeben: Die Signatur von %1 ließ sich nicht am Nachrichtentext prüfen. Fügen Sie die ganze Nachricht (den Original-Quelltext) ein, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>The signature of %1 covers only part of the body (l=): anyone can add text below it and the signature still passes. Sign the whole body (OpenDKIM: leave BodyLengthDB unset).</source>
        <translation>Die Signatur von %1 deckt nur einen Teil des Nachrichtentexts ab (l=): Jeder kann darunter Text anfügen, und die Signatur besteht trotzdem. Signieren Sie den ganzen Nachrichtentext (OpenDKIM: BodyLengthDB nicht setzen).</translation>
    </message>
    <message>
        <source>The receiver verified the signature of %1 at delivery (dkim=pass); only this copy&apos;s body differs. The copy was altered when it was saved or pasted (line ends, re-encoding), not the signing.</source>
        <translation>Der Empfänger hat die Signatur von %1 bei der Zustellung erfolgreich geprüft (dkim=pass); nur der Nachrichtentext dieser Kopie weicht ab. Die Kopie wurde beim Speichern oder Einfügen verändert (Zeilenenden, Umkodierung); am Signieren liegt es nicht.</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM-Signaturen</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <source>The message is not DKIM-signed: the signer is not in the mail path. Check that OpenDKIM (or rspamd, or Exim&apos;s signing) is wired into the MTA for outgoing mail: for Postfix, smtpd_milters and non_smtpd_milters must name the milter.</source>
        <translation>Die Nachricht ist nicht mit DKIM signiert: Der Signierer liegt nicht im Weg der Mail. Prüfen Sie, ob OpenDKIM (oder rspamd oder die Signatur von Exim) für ausgehende Mail in den MTA eingebunden ist: Bei Postfix müssen smtpd_milters und non_smtpd_milters den Milter nennen.</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature</source>
        <translation>Die Nachricht trägt keine DKIM-Signatur</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s); one passes aligned with %1</source>
        <translation>
            <numerusform>%n Signatur; eine besteht passend zu %1</numerusform>
            <numerusform>%n Signaturen; eine besteht passend zu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s); none passes aligned with %1</source>
        <translation>
            <numerusform>%n Signatur; keine besteht passend zu %1</numerusform>
            <numerusform>%n Signaturen; keine besteht passend zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>DMARC for the From: domain</source>
        <translation>DMARC für die From:-Domain</translation>
    </message>
    <message>
        <source>Publish a DMARC record for %1 (start with p=none).</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag für %1 (beginnen Sie mit p=none).</translation>
    </message>
    <message>
        <source>The message has more header fields than are read; the rest were ignored.</source>
        <translation>Die Nachricht hat mehr Kopffelder, als gelesen werden; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>Only the header section was given: DKIM cannot be checked without the body. Paste the whole message (the original source) for a full verdict.</source>
        <translation>Es wurde nur der Kopfbereich angegeben: DKIM lässt sich ohne den Nachrichtentext nicht prüfen. Fügen Sie für ein vollständiges Urteil die ganze Nachricht (den Original-Quelltext) ein.</translation>
    </message>
    <message>
        <source>Every threshold passes as this receiver saw it. This is what receivers authenticate, not a promise of the inbox: reputation, a new domain&apos;s age and the content still count.</source>
        <translation>Jede Schwelle ist bestanden, so wie dieser Empfänger sie gesehen hat. Das ist das, was Empfänger authentifizieren, keine Garantie für den Posteingang: Reputation, das Alter einer neuen Domain und der Inhalt zählen trotzdem.</translation>
    </message>
    <message>
        <source>At delivery %1 found no reverse name for %2; there is one now. It was added after this message was sent, or its DNS had not propagated yet.</source>
        <translation>Bei der Zustellung fand %1 keinen Reverse-Namen für %2; jetzt gibt es einen. Er wurde nach dem Senden dieser Nachricht angelegt, oder sein DNS hatte sich noch nicht verbreitet.</translation>
    </message>
    <message>
        <source>The receiver did not record the name your server announced in EHLO.</source>
        <translation>Der Empfänger hat den Namen, den Ihr Server im EHLO angegeben hat, nicht vermerkt.</translation>
    </message>
    <message>
        <source>At delivery the receiver found %1=%2; checked now it is %3. The DNS records changed since (or had not propagated to the receiver yet).</source>
        <translation>Bei der Zustellung stellte der Empfänger %1=%2 fest; jetzt geprüft ergibt sich %3. Die DNS-Einträge haben sich seitdem geändert (oder waren beim Empfänger noch nicht angekommen).</translation>
    </message>
    <message>
        <source>The receiver verified the signature of %1 at delivery, but it does not verify with the key published now: the key at %2._domainkey.%1 was changed (rotated) since.</source>
        <translation>Der Empfänger hat die Signatur von %1 bei der Zustellung erfolgreich geprüft, aber mit dem jetzt veröffentlichten Schlüssel besteht sie die Prüfung nicht: Der Schlüssel bei %2._domainkey.%1 wurde seitdem geändert (rotiert).</translation>
    </message>
    <message>
        <source>The receiver found the signature of %1 failing at delivery, but it verifies now: the key was published or fixed after the message was sent.</source>
        <translation>Beim Empfänger fiel die Signatur von %1 bei der Zustellung durch, jetzt besteht sie aber die Prüfung: Der Schlüssel wurde nach dem Senden der Nachricht veröffentlicht oder korrigiert.</translation>
    </message>
    <message>
        <source>What the receiver concluded</source>
        <translation>Was der Empfänger festgestellt hat</translation>
    </message>
    <message>
        <source>Without the receiver&apos;s Received: line its own results cannot be told from ones the sender wrote.</source>
        <translation>Ohne die Received:-Zeile des Empfängers lassen sich seine eigenen Ergebnisse nicht von denen unterscheiden, die der Absender geschrieben hat.</translation>
    </message>
    <message>
        <source>The receiver&apos;s own results (%1)</source>
        <translation>Eigene Ergebnisse des Empfängers (%1)</translation>
    </message>
    <message>
        <source>%1&apos;s own results (%2)</source>
        <translation>Eigene Ergebnisse von %1 (%2)</translation>
    </message>
    <message>
        <source>The message has no From: address with a domain, so DMARC cannot be applied.</source>
        <translation>Die Nachricht hat keine From:-Adresse mit Domain, daher lässt sich DMARC nicht anwenden.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be looked up.</source>
        <translation>Der DMARC-Eintrag von %1 konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record.</source>
        <translation>%1 veröffentlicht keinen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>The DMARC record at %1 is not usable: %2</source>
        <translation>Der DMARC-Eintrag bei %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>SPF and DKIM both pass for a domain aligned with %1.</source>
        <translation>SPF und DKIM bestehen beide für eine zu %1 passende Domain.</translation>
    </message>
    <message>
        <source>DKIM passes for a domain aligned with %1.</source>
        <translation>DKIM besteht für eine zu %1 passende Domain.</translation>
    </message>
    <message>
        <source>SPF passes for a domain aligned with %1.</source>
        <translation>SPF besteht für eine zu %1 passende Domain.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM is known to pass aligned with %1: a part could not be decided (a DNS failure, or the body is missing).</source>
        <translation>Weder für SPF noch für DKIM ist bekannt, dass sie passend zu %1 bestehen: Ein Teil ließ sich nicht entscheiden (ein DNS-Fehler, oder der Nachrichtentext fehlt).</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes for a domain aligned with %1 (%2 alignment).</source>
        <translation>Weder SPF noch DKIM besteht für eine zu %1 passende Domain (Ausrichtung: %2).</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>The receiver wrote no Authentication-Results of its own.</source>
        <translation>Der Empfänger hat keine eigenen Authentication-Results geschrieben.</translation>
    </message>
    <message>
        <source>Paste the whole message, not only its headers.</source>
        <translation>Fügen Sie die ganze Nachricht ein, nicht nur ihre Kopfzeilen.</translation>
    </message>
    <message>
        <source>Sign the whole body: no l= in the signature.</source>
        <translation>Signieren Sie den ganzen Text: kein l= in der Signatur.</translation>
    </message>
    <message>
        <source>Paste the original source of the message to judge the signing.</source>
        <translation>Fügen Sie den Originalquelltext der Nachricht ein, um das Signieren zu beurteilen.</translation>
    </message>
    <message>
        <source>Wire the DKIM signer into your mail server for outgoing mail.</source>
        <translation>Binden Sie den DKIM-Signierer für ausgehende Mail in Ihren Mailserver ein.</translation>
    </message>
    <message>
        <source>Publish a DMARC record for %1, starting with p=none.</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag für %1, zunächst mit p=none.</translation>
    </message>
    <message>
        <source>Judge a message sent from now on.</source>
        <translation>Beurteilen Sie eine Nachricht, die ab jetzt gesendet wird.</translation>
    </message>
    <message>
        <source>After a key change, keep the old key published until its mail is delivered.</source>
        <translation>Lassen Sie nach einem Schlüsselwechsel den alten Schlüssel veröffentlicht, bis seine Mails zugestellt sind.</translation>
    </message>
</context>
<context>
    <name>PathAdvisor</name>
    <message>
        <source>%1 is on %2 as a home or dynamic address (%3). Many receivers refuse mail sent directly from such addresses, whatever else is set up.</source>
        <translation>%1 steht auf %2 als Heim- oder dynamische Adresse (%3). Viele Empfänger lehnen Mail ab, die direkt von solchen Adressen gesendet wird, egal was sonst eingerichtet ist.</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 is your ISP&apos;s generic name for a home line; receivers score it as residential, and only the ISP can change it.</source>
        <translation>Der Reverse-DNS-Name von %1 ist der generische Name Ihres Providers für einen Heimanschluss; Empfänger bewerten ihn als privaten Anschluss, und nur der Provider kann ihn ändern.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS name, and only its owner (your ISP) can set one.</source>
        <translation>%1 hat keinen Reverse-DNS-Namen, und nur der Inhaber der Adresse (Ihr Provider) kann einen setzen.</translation>
    </message>
    <message>
        <source>This network cannot reach port 25 of other mail servers: the ISP blocks it, so mail cannot be delivered directly.</source>
        <translation>Dieses Netz erreicht Port 25 anderer Mailserver nicht: Der Provider sperrt ihn, daher kann Mail nicht direkt zugestellt werden.</translation>
    </message>
    <message>
        <source>outbound port 25</source>
        <translation>ausgehender Port 25</translation>
    </message>
    <message>
        <source>The public address changed since the last run (%1, now %2): a dynamic address, and every record naming it goes stale when it changes.</source>
        <translation>Die öffentliche Adresse hat sich seit dem letzten Lauf geändert (%1, jetzt %2): eine dynamische Adresse, und jeder Eintrag, der sie nennt, veraltet, wenn sie wechselt.</translation>
    </message>
    <message>
        <source>Nothing points to a home line: the address is on no residential blocklist, has a proper reverse name, and port 25 is not blocked as far as checked. Delivering directly works.</source>
        <translation>Nichts deutet auf einen Heimanschluss hin: Die Adresse steht auf keiner Blockliste für private Anschlüsse, hat einen ordentlichen Reverse-Namen, und Port 25 ist, soweit geprüft, nicht gesperrt. Direkte Zustellung funktioniert.</translation>
    </message>
    <message>
        <source>blocklists</source>
        <translation>Blocklisten</translation>
    </message>
    <message>
        <source>reverse DNS</source>
        <translation>Reverse DNS</translation>
    </message>
</context>
<context>
    <name>Port25Check</name>
    <message>
        <source>Not asked for (--port25 or --port25-target HOST[:PORT])</source>
        <translation>Nicht angefordert (--port25 oder --port25-target HOST[:PORT])</translation>
    </message>
    <message>
        <source>The port 25 target %1</source>
        <translation>Das Port-25-Ziel %1</translation>
    </message>
    <message>
        <source>Could not test port 25: %1</source>
        <translation>Port 25 konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2) port %3</source>
        <translation>%1 (%2) Port %3</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>%1; it greeted: %2</source>
        <translation>%1; Begrüßung: %2</translation>
    </message>
    <message>
        <source>Could not try %1: %2</source>
        <translation>%1 konnte nicht versucht werden: %2</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection attempt timed out</source>
        <translation>beim Verbindungsversuch kam es zu einer Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1: %2, and %3 could not be reached either (%4), so this looks like no network rather than a block</source>
        <translation>%1: %2, und %3 war ebenfalls nicht erreichbar (%4); das sieht eher nach fehlendem Netz aus als nach einer Sperre</translation>
    </message>
    <message>
        <source>%1: %2, while %3 answered: outbound port 25 is blocked</source>
        <translation>%1: %2, während %3 antwortete: Ausgehender Port 25 ist gesperrt</translation>
    </message>
    <message>
        <source>This network cannot open connections to port 25 of other mail servers (%1), so a server here cannot deliver mail directly. If the ISP blocks port 25, its terms or its support say whether it lifts the block.%2</source>
        <translation>Dieses Netz kann keine Verbindungen zu Port 25 anderer Mailserver öffnen (%1); ein Server hier kann Mail also nicht direkt zustellen. Sperrt der Provider Port 25, sagen seine Bedingungen oder sein Support, ob er die Sperre aufhebt.%2</translation>
    </message>
    <message>
        <source> You send through a relay, so that is fine as long as the relay is reached on port 587 or 465.</source>
        <translation> Sie senden über ein Relay; das ist in Ordnung, solange das Relay auf Port 587 oder 465 erreichbar ist.</translation>
    </message>
    <message>
        <source>Ask the ISP to unblock port 25 (some do on request or on a business line), or send through a smarthost on port 587: Postfix: relayhost = [smtp.provider.example]:587 with smtp_sasl_auth_enable = yes; Exim: a manualroute router to it; OpenSMTPD: action &quot;out&quot; relay host smtp+tls://user@smtp.provider.example:587 auth &lt;secrets&gt;.</source>
        <translation>Bitten Sie den Provider, Port 25 freizuschalten (manche tun das auf Anfrage oder bei einem Geschäftsanschluss), oder senden Sie über einen Smarthost auf Port 587: Postfix: relayhost = [smtp.provider.example]:587 mit smtp_sasl_auth_enable = yes; Exim: ein manualroute-Router dorthin; OpenSMTPD: action &quot;out&quot; relay host smtp+tls://user@smtp.provider.example:587 auth &lt;secrets&gt;.</translation>
    </message>
    <message>
        <source>Outbound port 25 is open (%1 answered)</source>
        <translation>Ausgehender Port 25 ist offen (%1 hat geantwortet)</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked on this network</source>
        <translation>Ausgehender Port 25 ist in diesem Netz gesperrt</translation>
    </message>
    <message>
        <source>Could not tell whether outbound port 25 is open</source>
        <translation>Es ließ sich nicht feststellen, ob ausgehender Port 25 offen ist</translation>
    </message>
    <message>
        <source>Outbound port 25</source>
        <translation>Ausgehender Port 25</translation>
    </message>
    <message>
        <source>Not tried from the wizard: whether your line lets mail out on port 25 (an ISP may block it)</source>
        <translation>Vom Assistenten nicht versucht: ob Ihr Anschluss Mail über Port 25 hinauslässt (ein Provider kann ihn sperren)</translation>
    </message>
    <message>
        <source>Send through a relay on port 587, or ask the ISP to unblock port 25.</source>
        <translation>Senden Sie über ein Relay auf Port 587, oder bitten Sie den Provider, Port 25 freizugeben.</translation>
    </message>
</context>
<context>
    <name>PtrCheck</name>
    <message>
        <source>%1 is %2; receivers never see it</source>
        <translation>%1 ist %2; Empfänger sehen sie nie</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be the address your mail leaves from as receivers see it. Its reverse DNS means nothing to them.</source>
        <translation>%1 ist %2 und kann daher nicht die Adresse sein, von der Ihre Mail aus Sicht der Empfänger kommt. Ihr Reverse DNS bedeutet ihnen nichts.</translation>
    </message>
    <message>
        <source>Use the server&apos;s public address: run the check without --ip to discover it, or look it up in your router or at your hosting provider.</source>
        <translation>Verwenden Sie die öffentliche Adresse des Servers: Starten Sie die Prüfung ohne --ip, um sie zu ermitteln, oder sehen Sie in Ihrem Router oder bei Ihrem Hoster nach.</translation>
    </message>
    <message>
        <source>%1 has the PTR name %2</source>
        <translation>%1 hat den PTR-Namen %2</translation>
    </message>
    <message>
        <source>%1 has %2 PTR names (%3). Receivers pick one of them at random, so the name they compare with your EHLO name changes from one connection to the next.</source>
        <translation>%1 hat %2 PTR-Namen (%3). Empfänger nehmen zufällig einen davon, daher wechselt der Name, den sie mit Ihrem EHLO-Namen vergleichen, von Verbindung zu Verbindung.</translation>
    </message>
    <message>
        <source>Ask whoever owns %1 to keep exactly one PTR record, pointing to %2.</source>
        <translation>Bitten Sie den Inhaber von %1, genau einen PTR-Eintrag zu behalten, der auf %2 zeigt.</translation>
    </message>
    <message>
        <source>your mail server&apos;s name</source>
        <translation>den Namen Ihres Mailservers</translation>
    </message>
    <message>
        <source>The PTR name %1 of %2 looks like an ISP&apos;s generic name for a dynamic or residential line (%3). Many receivers (and blocklists such as Spamhaus PBL) treat such addresses as home connections that should not send mail directly.</source>
        <translation>Der PTR-Name %1 von %2 sieht aus wie der generische Name eines Providers für einen dynamischen oder privaten Anschluss (%3). Viele Empfänger (und Blocklisten wie Spamhaus PBL) behandeln solche Adressen als Heimanschlüsse, die nicht direkt Mail senden sollten.</translation>
    </message>
    <message>
        <source>Ask your ISP for a custom PTR record (%1 -&gt; %2); most only do that on a business line with a static address. Otherwise send through a relay (smarthost) of your provider, a VPS or a mail service.</source>
        <translation>Bitten Sie Ihren Provider um einen eigenen PTR-Eintrag (%1 -&gt; %2); die meisten tun das nur bei einem Geschäftsanschluss mit fester Adresse. Senden Sie sonst über ein Relay (Smarthost) Ihres Providers, einen VPS oder einen Maildienst.</translation>
    </message>
    <message>
        <source>%1 has no PTR record (%2)</source>
        <translation>%1 hat keinen PTR-Eintrag (%2)</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS name. Many receivers reject or junk mail from an address without one.</source>
        <translation>%1 hat keinen Reverse-DNS-Namen. Viele Empfänger lehnen Mail von einer Adresse ohne ihn ab oder stufen sie als Spam ein.</translation>
    </message>
    <message>
        <source>Ask whoever owns %1 (your ISP or hosting provider; it is not set in your own zone) to set its PTR record to %2.%3</source>
        <translation>Bitten Sie den Inhaber von %1 (Ihren Provider oder Hoster; der PTR-Eintrag steht nicht in Ihrer eigenen Zone), den PTR-Eintrag auf %2 zu setzen.%3</translation>
    </message>
    <message>
        <source> Or turn off IPv6 sending in your mail server (Postfix: inet_protocols = ipv4).</source>
        <translation> Oder schalten Sie das Senden über IPv6 in Ihrem Mailserver ab (Postfix: inet_protocols = ipv4).</translation>
    </message>
    <message>
        <source>Could not look up the PTR record of %1: %2</source>
        <translation>Der PTR-Eintrag von %1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>The PTR lookup for %1 did not get an answer (%2), so reverse DNS is unverified.</source>
        <translation>Die PTR-Abfrage für %1 bekam keine Antwort (%2), daher ist der Reverse DNS ungeprüft.</translation>
    </message>
    <message>
        <source>Check that the nameserver in use answers, then run the check again.</source>
        <translation>Prüfen Sie, ob der verwendete Nameserver antwortet, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>All %1 sending addresses have a PTR record</source>
        <translation>Alle %1 Absendeadressen haben einen PTR-Eintrag</translation>
    </message>
    <message>
        <source>Reverse DNS is set, but its names could be better</source>
        <translation>Reverse DNS ist gesetzt, aber die Namen könnten besser sein</translation>
    </message>
    <message>
        <source>Reverse DNS could not be verified</source>
        <translation>Reverse DNS konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>Reverse DNS (PTR)</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sending addresses have no PTR record</source>
        <translation>
            <numerusform>%n von %1 Absendeadressen hat keinen PTR-Eintrag</numerusform>
            <numerusform>%n von %1 Absendeadressen haben keinen PTR-Eintrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sending addresses are not public addresses, %2 have no PTR record</source>
        <translation>
            <numerusform>%n von %1 Absendeadressen ist keine öffentliche Adresse, %2 ohne PTR-Eintrag</numerusform>
            <numerusform>%n von %1 Absendeadressen sind keine öffentlichen Adressen, %2 ohne PTR-Eintrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sending addresses are not public addresses</source>
        <translation>
            <numerusform>%n von %1 Absendeadressen ist keine öffentliche Adresse</numerusform>
            <numerusform>%n von %1 Absendeadressen sind keine öffentlichen Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the server&apos;s public address: leave Server addresses on the first page empty to discover it, or look it up in your router or at your hosting provider.</source>
        <translation>Die öffentliche Adresse des Servers verwenden: Server-Adressen auf der ersten Seite leer lassen, damit sie ermittelt wird, oder sie im Router oder beim Hoster nachsehen.</translation>
    </message>
    <message>
        <source>Check the server&apos;s public address instead of %1.</source>
        <translation>Prüfen Sie statt %1 die öffentliche Adresse des Servers.</translation>
    </message>
    <message>
        <source>Ask whoever owns %1 to keep one PTR record.</source>
        <translation>Bitten Sie den Inhaber von %1, nur einen PTR-Eintrag zu behalten.</translation>
    </message>
    <message>
        <source>Ask your ISP or hosting provider to set the PTR record of %1 to %2.</source>
        <translation>Bitten Sie Ihren Provider oder Hoster, den PTR-Eintrag von %1 auf %2 zu setzen.</translation>
    </message>
</context>
<context>
    <name>PtrName</name>
    <message>
        <source>it contains the address, as &quot;%1&quot;</source>
        <translation>er enthält die Adresse, als „%1“</translation>
    </message>
    <message>
        <source>it is &quot;%1&quot; followed by a number</source>
        <translation>er ist „%1“, gefolgt von einer Zahl</translation>
    </message>
    <message>
        <source>it contains the word &quot;%1&quot;</source>
        <translation>er enthält das Wort „%1“</translation>
    </message>
    <message>
        <source>Postfix (main.cf): myhostname = %1  (or smtp_helo_name = %1); Exim: primary_hostname = %1  (or helo_data = %1 on the remote_smtp transport); OpenSMTPD (smtpd.conf): add hostname %1 to the listen line, and helo %1 to the relay action</source>
        <translation>Postfix (main.cf): myhostname = %1  (oder smtp_helo_name = %1); Exim: primary_hostname = %1  (oder helo_data = %1 im Transport remote_smtp); OpenSMTPD (smtpd.conf): hostname %1 an die listen-Zeile anfügen und helo %1 an die relay-Aktion</translation>
    </message>
    <message>
        <source>Send through a relay, or ask your ISP for a custom PTR record.</source>
        <translation>Senden Sie über ein Relay, oder bitten Sie Ihren Provider um einen eigenen PTR-Eintrag.</translation>
    </message>
</context>
<context>
    <name>PublicIpCheck</name>
    <message>
        <source>Sending address given with --ip, so none was discovered</source>
        <translation>Absendeadresse mit --ip angegeben, daher wurde keine ermittelt</translation>
    </message>
    <message>
        <source>%1 is %2: receivers never see it, so it cannot be your sending address (the PTR check fails it).</source>
        <translation>%1 ist %2: Empfänger sehen sie nie, daher kann sie nicht Ihre Absendeadresse sein (die PTR-Prüfung schlägt für sie fehl).</translation>
    </message>
    <message>
        <source>Run the check without --ip to discover the public address, or give the one your router or hosting provider shows.</source>
        <translation>Starten Sie die Prüfung ohne --ip, um die öffentliche Adresse zu ermitteln, oder geben Sie die an, die Ihr Router oder Hoster anzeigt.</translation>
    </message>
    <message>
        <source>%1 is %2; fine for trying MailReady out, but no real mail server sends from it.</source>
        <translation>%1 ist %2; gut zum Ausprobieren von MailReady, aber kein echter Mailserver sendet von dort.</translation>
    </message>
    <message>
        <source>%1 said %2</source>
        <translation>%1 meldete %2</translation>
    </message>
    <message>
        <source>The sources disagree with no majority: %1</source>
        <translation>Die Quellen widersprechen sich ohne Mehrheit: %1</translation>
    </message>
    <message>
        <source>The address-echo services disagree about your public %1 address and none has a majority (%2).</source>
        <translation>Die Adress-Echo-Dienste sind sich über Ihre öffentliche %1-Adresse uneinig, und keiner hat eine Mehrheit (%2).</translation>
    </message>
    <message>
        <source>Give the address with --ip (your router&apos;s status page shows it).</source>
        <translation>Geben Sie die Adresse mit --ip an (die Statusseite Ihres Routers zeigt sie).</translation>
    </message>
    <message>
        <source>%1 according to %2</source>
        <translation>%1 laut %2</translation>
    </message>
    <message>
        <source>The echo services report %1, which is %2: they did not see you from the internet.</source>
        <translation>Die Echo-Dienste melden %1, und das ist %2: Sie haben Sie nicht aus dem Internet gesehen.</translation>
    </message>
    <message>
        <source>Give the public address with --ip.</source>
        <translation>Geben Sie die öffentliche Adresse mit --ip an.</translation>
    </message>
    <message>
        <source>%1 of the %2 sources agree that your public %3 address is %4, but %5. A source that answers differently may sit behind a proxy, or your traffic may leave by several addresses (load-balanced or failover lines).</source>
        <translation>%1 der %2 Quellen stimmen überein, dass Ihre öffentliche %3-Adresse %4 ist, aber %5. Eine Quelle, die anders antwortet, sitzt womöglich hinter einem Proxy, oder Ihr Verkehr verlässt das Netz über mehrere Adressen (Lastverteilung oder Ausweichleitungen).</translation>
    </message>
    <message>
        <source>Confirm the address your mail server really sends from; if it is not %1, give it with --ip.</source>
        <translation>Bestätigen Sie die Adresse, von der Ihr Mailserver wirklich sendet; ist es nicht %1, geben Sie sie mit --ip an.</translation>
    </message>
    <message>
        <source>No network interface of this machine holds %1: it is behind NAT (your router shares one public address). If the mail server runs on another machine or line, it may leave by a different address.</source>
        <translation>Keine Netzwerkschnittstelle dieses Rechners hat %1: Er steht hinter NAT (Ihr Router teilt eine öffentliche Adresse). Läuft der Mailserver auf einem anderen Rechner oder Anschluss, sendet er womöglich über eine andere Adresse.</translation>
    </message>
    <message>
        <source>Confirm that the mail server sends from %1, or give its address with --ip.</source>
        <translation>Bestätigen Sie, dass der Mailserver von %1 sendet, oder geben Sie seine Adresse mit --ip an.</translation>
    </message>
    <message>
        <source>No interface of this machine holds %1; the mail server may leave by another IPv6 address (each machine usually has its own).</source>
        <translation>Keine Schnittstelle dieses Rechners hat %1; der Mailserver sendet womöglich über eine andere IPv6-Adresse (meist hat jeder Rechner seine eigene).</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s own IPv6 address with --ip.</source>
        <translation>Geben Sie die eigene IPv6-Adresse des Mailservers mit --ip an.</translation>
    </message>
    <message>
        <source>No address-echo source could be reached</source>
        <translation>Keine Adress-Echo-Quelle war erreichbar</translation>
    </message>
    <message>
        <source>Could not find out the public address: no source answered (%1).</source>
        <translation>Die öffentliche Adresse ließ sich nicht ermitteln: Keine Quelle hat geantwortet (%1).</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>keine eingerichtet</translation>
    </message>
    <message>
        <source>Check the internet connection, or give the address with --ip.</source>
        <translation>Prüfen Sie die Internetverbindung, oder geben Sie die Adresse mit --ip an.</translation>
    </message>
    <message>
        <source>No public %1 address was found (%2). If this line has no %1, mail simply leaves over the other family.</source>
        <translation>Es wurde keine öffentliche %1-Adresse gefunden (%2). Hat dieser Anschluss kein %1, wird die Mail einfach über die andere Adressfamilie verschickt.</translation>
    </message>
    <message>
        <source>The sources disagree about the public address</source>
        <translation>Die Quellen sind sich über die öffentliche Adresse uneinig</translation>
    </message>
    <message>
        <source>Public address %1</source>
        <translation>Öffentliche Adresse %1</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) gave no usable answer: %1.</source>
        <translation>
            <numerusform>%n Quelle gab keine brauchbare Antwort: %1.</numerusform>
            <numerusform>%n Quellen gaben keine brauchbare Antwort: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending address typed on the first page, so none was discovered</source>
        <translation>Absendeadresse auf der ersten Seite eingegeben, daher keine ermittelt</translation>
    </message>
    <message>
        <source>Leave Server addresses on the first page empty to discover the public address, or type the one your router or hosting provider shows.</source>
        <translation>Server-Adressen auf der ersten Seite leer lassen, um die öffentliche Adresse zu ermitteln, oder die Adresse eingeben, die Router oder Hoster anzeigen.</translation>
    </message>
    <message>
        <source>Type the public address into Server addresses on the first page.</source>
        <translation>Die öffentliche Adresse auf der ersten Seite unter Server-Adressen eingeben.</translation>
    </message>
    <message>
        <source>Confirm the address your mail server really sends from; if it is not %1, type it into Server addresses on the first page.</source>
        <translation>Die Adresse bestätigen, von der Ihr Mailserver wirklich sendet; ist es nicht %1, sie auf der ersten Seite unter Server-Adressen eingeben.</translation>
    </message>
    <message>
        <source>Confirm that the mail server sends from %1, or type its address into Server addresses on the first page.</source>
        <translation>Bestätigen, dass der Mailserver von %1 sendet, oder seine Adresse auf der ersten Seite unter Server-Adressen eingeben.</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s own IPv6 address into Server addresses on the first page.</source>
        <translation>Die eigene IPv6-Adresse des Mailservers auf der ersten Seite unter Server-Adressen eingeben.</translation>
    </message>
    <message>
        <source>Check the internet connection, or type the address into Server addresses on the first page.</source>
        <translation>Die Internetverbindung prüfen oder die Adresse auf der ersten Seite unter Server-Adressen eingeben.</translation>
    </message>
    <message>
        <source>Type the address into Server addresses on the first page (your router&apos;s status page shows it).</source>
        <translation>Die Adresse auf der ersten Seite unter Server-Adressen eingeben (die Statusseite Ihres Routers zeigt sie).</translation>
    </message>
</context>
<context>
    <name>ReceiverRules</name>
    <message>
        <source>%1 (source: %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>Receivers that use DNS blocklists refuse or junk mail from a listed address; each receiver picks its own lists (Spamhaus ZEN is among the most used), and Gmail and Microsoft rely mostly on their own reputation data.</source>
        <translation>Empfänger, die DNS-Blocklisten nutzen, lehnen Mail von einer eingetragenen Adresse ab oder sortieren sie als Spam aus; jeder Empfänger wählt seine eigenen Listen (Spamhaus ZEN gehört zu den meistgenutzten), und Gmail und Microsoft stützen sich vor allem auf ihre eigenen Reputationsdaten.</translation>
    </message>
    <message>
        <source>Gmail rejects mail from IPv4 and IPv6 addresses without a PTR record, or whose PTR name does not resolve back to the address (550-5.7.25 permanently, 421-4.7.23 temporarily).</source>
        <translation>Gmail lehnt Mail von IPv4- und IPv6-Adressen ohne PTR-Eintrag ab, oder deren PTR-Name nicht zurück auf die Adresse auflöst (550-5.7.25 dauerhaft, 421-4.7.23 vorübergehend).</translation>
    </message>
    <message>
        <source>Gmail, every sender: SPF or DKIM must pass.</source>
        <translation>Gmail, jeder Absender: SPF oder DKIM muss bestehen.</translation>
    </message>
    <message>
        <source>Gmail, more than 5,000 messages a day to personal accounts (since 2024-02-01): SPF and DKIM pass, and DMARC passes (p=none is enough), which needs SPF or DKIM, either one, aligned with the From domain.</source>
        <translation>Gmail, mehr als 5.000 Nachrichten am Tag an private Konten (seit 2024-02-01): SPF und DKIM bestehen, und DMARC besteht (p=none genügt), wofür SPF oder DKIM, eines von beiden, zur From-Domain passen (Alignment) muss.</translation>
    </message>
    <message>
        <source>Outlook.com, more than 5,000 messages a day (since 2025-05-05): SPF and DKIM pass and DMARC passes (at least p=none), aligned with the From domain; otherwise 550 5.7.515.</source>
        <translation>Outlook.com, mehr als 5.000 Nachrichten am Tag (seit 2025-05-05): SPF und DKIM bestehen und DMARC besteht (mindestens p=none), passend zur From-Domain; sonst 550 5.7.515.</translation>
    </message>
    <message>
        <source>Yahoo, bulk senders: DMARC must pass (SPF or DKIM aligned with the From domain); Yahoo publishes no number for what counts as bulk.</source>
        <translation>Yahoo, Massenversender: DMARC muss bestehen (SPF oder DKIM passend zur From-Domain); Yahoo nennt keine Zahl dafür, was als Massenversand gilt.</translation>
    </message>
    <message>
        <source>Gmail requires TLS from bulk senders (421-4.7.29 / 550-5.7.29).</source>
        <translation>Gmail verlangt TLS von Massenversendern (421-4.7.29 / 550-5.7.29).</translation>
    </message>
    <message>
        <source>Many ISPs block outgoing port 25 on residential lines.</source>
        <translation>Viele Provider sperren ausgehenden Port 25 an Privatanschlüssen.</translation>
    </message>
</context>
<context>
    <name>RecordComposer</name>
    <message>
        <source>SPF for %1</source>
        <translation>SPF für %1</translation>
    </message>
    <message>
        <source>The published SPF record is invalid (%1); publish this record in its place.</source>
        <translation>Der veröffentlichte SPF-Eintrag ist ungültig (%1); veröffentlichen Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records and one of them is invalid; receivers ignore them all. Delete them and publish this one record.</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge, und einer davon ist ungültig; Empfänger ignorieren sie alle. Löschen Sie sie und veröffentlichen Sie nur diesen einen Eintrag.</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records, which receivers treat as an error; replace them with this one record, which keeps every term they had.</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge, was Empfänger als Fehler werten; ersetzen Sie sie durch diesen einen Eintrag, der alle ihre Terme behält.</translation>
    </message>
    <message>
        <source> (already published; no change needed)</source>
        <translation> (bereits veröffentlicht; keine Änderung nötig)</translation>
    </message>
    <message>
        <source> (the published record, changed)</source>
        <translation> (der veröffentlichte Eintrag, geändert)</translation>
    </message>
    <message>
        <source> (replaces the %1 published records)</source>
        <translation> (ersetzt die %1 veröffentlichten Einträge)</translation>
    </message>
    <message>
        <source>The published SPF record was kept as it is apart from the sending addresses; add other mechanisms yourself if they are still missing.</source>
        <translation>Der veröffentlichte SPF-Eintrag wurde bis auf die Absendeadressen unverändert übernommen; fügen Sie andere Mechanismen selbst hinzu, falls sie noch fehlen.</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>Adresse von %1</translation>
    </message>
    <message>
        <source>The SPF record is %1 bytes long; over about 450 the DNS answer may not fit one UDP packet. List a network (ip4:203.0.113.0/28) instead of single addresses, or fewer includes.</source>
        <translation>Der SPF-Eintrag ist %1 Byte lang; ab etwa 450 passt die DNS-Antwort womöglich nicht in ein UDP-Paket. Nennen Sie ein Netz (ip4:203.0.113.0/28) statt einzelner Adressen, oder weniger Includes.</translation>
    </message>
    <message>
        <source>SPF for the HELO name %1</source>
        <translation>SPF für den HELO-Namen %1</translation>
    </message>
    <message>
        <source>DKIM key %1 for %2 (%3, %4 bits)</source>
        <translation>DKIM-Schlüssel %1 für %2 (%3, %4 Bit)</translation>
    </message>
    <message>
        <source>DMARC for %1 (%2)</source>
        <translation>DMARC für %1 (%2)</translation>
    </message>
    <message>
        <source>Report authorization, published by %1</source>
        <translation>Berichtsfreigabe, veröffentlicht von %1</translation>
    </message>
    <message>
        <source>DMARC reports go to another domain, so %1 must publish the authorization record; without it receivers send no reports there.</source>
        <translation>DMARC-Berichte gehen an eine andere Domain, daher muss %1 den Freigabe-Eintrag veröffentlichen; ohne ihn senden Empfänger keine Berichte dorthin.</translation>
    </message>
</context>
<context>
    <name>RelayAddresses</name>
    <message>
        <source>The relay &apos;%1&apos; is not HOST[:PORT]: %2.</source>
        <translation>Das Relay „%1“ ist nicht HOST[:PORT]: %2.</translation>
    </message>
    <message>
        <source>The relay&apos;s address could not be looked up (%1), so what receivers see of it is unverified.</source>
        <translation>Die Adresse des Relays konnte nicht abgefragt werden (%1), daher ist ungeprüft, was Empfänger von ihm sehen.</translation>
    </message>
    <message>
        <source>The relay %1 has no address in DNS (%2).</source>
        <translation>Das Relay %1 hat keine Adresse im DNS (%2).</translation>
    </message>
</context>
<context>
    <name>RelayServices</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>unknown schema</source>
        <translation>unbekanntes Schema</translation>
    </message>
    <message>
        <source>a service lacks id, name or submission host</source>
        <translation>einem Dienst fehlt id, name oder submission host</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>ein API-Schlüssel</translation>
    </message>
    <message>
        <source>an SMTP key</source>
        <translation>ein SMTP-Schlüssel</translation>
    </message>
    <message>
        <source>an SMTP token</source>
        <translation>ein SMTP-Token</translation>
    </message>
    <message>
        <source>SMTP credentials made in the service&apos;s console</source>
        <translation>SMTP-Zugangsdaten, die in der Konsole des Dienstes erzeugt werden</translation>
    </message>
    <message>
        <source>an app password</source>
        <translation>ein App-Passwort</translation>
    </message>
    <message>
        <source>OAuth (no password login)</source>
        <translation>OAuth (keine Anmeldung mit Passwort)</translation>
    </message>
    <message>
        <source>the mailbox password</source>
        <translation>das Passwort des Postfachs</translation>
    </message>
    <message>
        <source>The SMTP host names the AWS region you use (email-smtp.REGION.amazonaws.com); the SMTP user name and password are SMTP credentials made for an IAM user, not your AWS password.</source>
        <translation>Der SMTP-Host nennt die AWS-Region, die Sie nutzen (email-smtp.REGION.amazonaws.com); SMTP-Benutzername und -Passwort sind SMTP-Zugangsdaten, die für einen IAM-Benutzer erzeugt werden, nicht Ihr AWS-Passwort.</translation>
    </message>
    <message>
        <source>Easy DKIM: three CNAME records (TOKEN._domainkey.DOMAIN). For SPF alignment, an optional custom MAIL FROM subdomain with an MX record and the TXT record v=spf1 include:amazonses.com ~all on that subdomain, not at the root.</source>
        <translation>Easy DKIM: drei CNAME-Einträge (TOKEN._domainkey.DOMAIN). Für SPF-Alignment optional eine eigene MAIL-FROM-Subdomain mit einem MX-Eintrag und dem TXT-Eintrag v=spf1 include:amazonses.com ~all an dieser Subdomain, nicht an der Domain selbst.</translation>
    </message>
    <message>
        <source>The SMTP login is a full address of the sending domain with the password set for it in Mailgun.</source>
        <translation>Die SMTP-Anmeldung ist eine vollständige Adresse der sendenden Domain mit dem Passwort, das dafür in Mailgun gesetzt ist.</translation>
    </message>
    <message>
        <source>The TXT record v=spf1 include:mailgun.org ~all on the sending domain, and the DKIM TXT record Mailgun shows.</source>
        <translation>Den TXT-Eintrag v=spf1 include:mailgun.org ~all an der sendenden Domain und den DKIM-TXT-Eintrag, den Mailgun anzeigt.</translation>
    </message>
    <message>
        <source>The user name is the word apikey; the password is an API key with Mail permission.</source>
        <translation>Der Benutzername ist das Wort apikey; das Passwort ist ein API-Schlüssel mit Mail-Berechtigung.</translation>
    </message>
    <message>
        <source>Domain authentication with Automated Security (the default): three CNAME records, the return-path subdomain and two DKIM keys; without Automated Security a TXT and an MX record instead.</source>
        <translation>Domain-Authentifizierung mit Automated Security (Standard): drei CNAME-Einträge, die Return-Path-Subdomain und zwei DKIM-Schlüssel; ohne Automated Security stattdessen ein TXT- und ein MX-Eintrag.</translation>
    </message>
    <message>
        <source>The Server API Token is both the SMTP user name and the password.</source>
        <translation>Das Server API Token ist zugleich SMTP-Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The DKIM TXT record Postmark shows; for SPF alignment, the optional Return-Path CNAME pm-bounces.DOMAIN pointing to pm.mtasv.net.</source>
        <translation>Den DKIM-TXT-Eintrag, den Postmark anzeigt; für SPF-Alignment optional den Return-Path-CNAME pm-bounces.DOMAIN, der auf pm.mtasv.net zeigt.</translation>
    </message>
    <message>
        <source>The password is an SMTP key made on the SMTP tab of the SMTP and API settings, not an API key.</source>
        <translation>Das Passwort ist ein SMTP-Schlüssel, erzeugt im Reiter SMTP der SMTP- und API-Einstellungen, kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>The Brevo code TXT record, the DKIM records Brevo shows and a DMARC record (required since 2024-02-01: mail with an unauthenticated From is rewritten to @brevosend.com).</source>
        <translation>Den TXT-Eintrag mit dem Brevo-Code, die DKIM-Einträge, die Brevo anzeigt, und einen DMARC-Eintrag (Pflicht seit 2024-02-01: Mail mit nicht authentifiziertem From wird auf @brevosend.com umgeschrieben).</translation>
    </message>
    <message>
        <source>Fastmail documents port 465 (TLS from the first byte), not 587; sending as your own domain needs the domain set up in Fastmail, with an app password.</source>
        <translation>Fastmail dokumentiert Port 465 (TLS ab dem ersten Byte), nicht 587; das Senden mit Ihrer eigenen Domain setzt voraus, dass die Domain in Fastmail eingerichtet ist, mit einem App-Passwort.</translation>
    </message>
    <message>
        <source>The SPF include spf.messagingengine.com at the root and three DKIM CNAME records (fm1, fm2, fm3._domainkey).</source>
        <translation>Das SPF-include spf.messagingengine.com an der Domain und drei DKIM-CNAME-Einträge (fm1, fm2, fm3._domainkey).</translation>
    </message>
    <message>
        <source>The SMTP relay service is enabled in the Admin console; it logs in with an app password or accepts the server&apos;s fixed address instead.</source>
        <translation>Der SMTP-Relay-Dienst wird in der Admin-Konsole eingeschaltet; er meldet sich mit einem App-Passwort an oder akzeptiert stattdessen die feste Adresse des Servers.</translation>
    </message>
    <message>
        <source>The SPF include _spf.google.com at the root and the DKIM TXT record made in the Admin console.</source>
        <translation>Das SPF-include _spf.google.com an der Domain und den DKIM-TXT-Eintrag, der in der Admin-Konsole erzeugt wird.</translation>
    </message>
    <message>
        <source>SMTP AUTH is off by default on new tenants, and password (Basic) login for client submission is to be off by default from the end of December 2026 (message center MC786329): a Postfix SASL password relay then fails. Use OAuth (e.g. sasl-xoauth2) or a connector relay to TENANT.mail.protection.outlook.com port 25.</source>
        <translation>SMTP AUTH ist bei neuen Tenants standardmäßig aus, und die Anmeldung mit Passwort (Basic) für die Client-Einlieferung soll ab Ende Dezember 2026 standardmäßig aus sein (Message Center MC786329): Ein Postfix-Relay mit SASL-Passwort scheitert dann. Nutzen Sie OAuth (z. B. sasl-xoauth2) oder ein Connector-Relay zu TENANT.mail.protection.outlook.com Port 25.</translation>
    </message>
    <message>
        <source>The SPF include spf.protection.outlook.com at the root and two DKIM CNAME records (selector1, selector2._domainkey).</source>
        <translation>Das SPF-include spf.protection.outlook.com an der Domain und zwei DKIM-CNAME-Einträge (selector1, selector2._domainkey).</translation>
    </message>
    <message>
        <source>Three verification CNAME records (return-path, DKIM and tracking); since 2019 no change to the root SPF record: the return-path CNAME covers SPF.</source>
        <translation>Drei CNAME-Einträge zur Verifizierung (Return-Path, DKIM und Tracking); seit 2019 keine Änderung am SPF-Eintrag der Domain: Der Return-Path-CNAME deckt SPF ab.</translation>
    </message>
    <message>
        <source>The SMTP user name and password are the API key and its secret key.</source>
        <translation>SMTP-Benutzername und -Passwort sind der API-Schlüssel und sein geheimer Schlüssel.</translation>
    </message>
    <message>
        <source>The SPF include spf.mailjet.com at the root and the DKIM TXT record Mailjet shows.</source>
        <translation>Das SPF-include spf.mailjet.com an der Domain und den DKIM-TXT-Eintrag, den Mailjet anzeigt.</translation>
    </message>
    <message>
        <source>The user name is SMTP_Injection and the password an API key; EU accounts use smtp.eu.sparkpostmail.com; port 2525 works where 587 is blocked.</source>
        <translation>Der Benutzername ist SMTP_Injection und das Passwort ein API-Schlüssel; EU-Konten nutzen smtp.eu.sparkpostmail.com; Port 2525 funktioniert, wo 587 gesperrt ist.</translation>
    </message>
    <message>
        <source>The DKIM TXT record SparkPost shows; for SPF alignment, an optional custom bounce domain (a CNAME record on a subdomain).</source>
        <translation>Den DKIM-TXT-Eintrag, den SparkPost anzeigt; für SPF-Alignment optional eine eigene Bounce-Domain (ein CNAME-Eintrag an einer Subdomain).</translation>
    </message>
    <message>
        <source>The SPF include spf.migadu.com at the root and three DKIM CNAME records (key1, key2, key3._domainkey).</source>
        <translation>Das SPF-include spf.migadu.com an der Domain und drei DKIM-CNAME-Einträge (key1, key2, key3._domainkey).</translation>
    </message>
    <message>
        <source>SMTP submission needs a business, Family or Visionary plan and a custom-domain address; the password is an SMTP token made in the Proton Mail settings.</source>
        <translation>Die SMTP-Einlieferung braucht einen Business-, Family- oder Visionary-Tarif und eine Adresse mit eigener Domain; das Passwort ist ein SMTP-Token, erzeugt in den Einstellungen von Proton Mail.</translation>
    </message>
    <message>
        <source>The SPF include _spf.protonmail.ch at the root and three DKIM CNAME records (protonmail, protonmail2, protonmail3._domainkey).</source>
        <translation>Das SPF-include _spf.protonmail.ch an der Domain und drei DKIM-CNAME-Einträge (protonmail, protonmail2, protonmail3._domainkey).</translation>
    </message>
</context>
<context>
    <name>ReturnPath</name>
    <message>
        <source>%1&apos;s own bounce domain</source>
        <translation>der eigenen Bounce-Domain von %1</translation>
    </message>
    <message>
        <source>DMARC for %1 then passes only through DKIM aligned with the From domain: a key published or CNAME-delegated at SELECTOR._domainkey.%1 (check it with --selector SELECTOR).</source>
        <translation>DMARC für %1 besteht dann nur über DKIM passend zur From-Domain: ein Schlüssel, veröffentlicht oder per CNAME delegiert unter SELECTOR._domainkey.%1 (prüfen Sie ihn mit --selector SELECTOR).</translation>
    </message>
    <message>
        <source> Publish %1.%2 CNAME %3.</source>
        <translation> Veröffentlichen Sie %1.%2 CNAME %3.</translation>
    </message>
    <message>
        <source>receivers check SPF at %1, not at %2; not aligned with From</source>
        <translation>Empfänger prüfen SPF an %1, nicht an %2; nicht passend zu From</translation>
    </message>
    <message>
        <source>SPF is checked at %1&apos;s bounce domain, not at %2: DMARC rests on DKIM</source>
        <translation>SPF wird an der Bounce-Domain von %1 geprüft, nicht an %2: DMARC hängt an DKIM</translation>
    </message>
    <message>
        <source>%1 sends with its own envelope sender (Return-Path at %2), so receivers check SPF there, never at %3: the SPF record of %3 needs no include for %1, and adding one only spends lookups. %4 %5</source>
        <translation>%1 sendet mit eigenem Umschlag-Absender (Return-Path an %2), daher prüfen Empfänger SPF dort, nie an %3: Der SPF-Eintrag von %3 braucht kein include für %1, und eines hinzuzufügen kostet nur Abfragen. %4 %5</translation>
    </message>
    <message>
        <source>Publish the DKIM records %1 gives you. For SPF aligned with %2 as well, set up its custom Return-Path (bounce) subdomain and run the check with --return-path NAME.%3 What %1 asks for: %4</source>
        <translation>Veröffentlichen Sie die DKIM-Einträge, die %1 Ihnen gibt. Damit auch SPF zu %2 passt, richten Sie die eigene Return-Path-(Bounce-)Subdomain ein und starten Sie die Prüfung mit --return-path NAME.%3 Was %1 verlangt: %4</translation>
    </message>
    <message>
        <source>the Return-Path %1 could not be looked up (%2)</source>
        <translation>der Return-Path %1 konnte nicht nachgeschlagen werden (%2)</translation>
    </message>
    <message>
        <source>SPF through %1 could not be verified</source>
        <translation>SPF über %1 konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>The custom Return-Path %1 could not be looked up (%2), so whether SPF aligns is unverified. %3</source>
        <translation>Der eigene Return-Path %1 konnte nicht nachgeschlagen werden (%2), daher ist unbestätigt, ob SPF passt. %3</translation>
    </message>
    <message>
        <source>Check that the nameserver in use answers, then run the check again.</source>
        <translation>Prüfen Sie, ob der verwendete Nameserver antwortet, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>Return-Path %1 points to %2: SPF aligns with %3</source>
        <translation>Return-Path %1 zeigt auf %2: SPF passt zu %3</translation>
    </message>
    <message>
        <source>SPF aligns through the Return-Path %1 (%2)</source>
        <translation>SPF passt über den Return-Path %1 (%2)</translation>
    </message>
    <message>
        <source>%1 sends with the Return-Path %2 (CNAME to %3), so receivers check SPF there and it aligns with %4; the root SPF record of %4 needs no include for %1.</source>
        <translation>%1 sendet mit dem Return-Path %2 (CNAME auf %3), daher prüfen Empfänger SPF dort, und es passt zu %4; der SPF-Eintrag der Domain %4 braucht kein include für %1.</translation>
    </message>
    <message>
        <source>Return-Path %1 points to %2, which is not %3</source>
        <translation>Return-Path %1 zeigt auf %2, und das gehört nicht zu %3</translation>
    </message>
    <message>
        <source>The Return-Path %1 does not point to %2</source>
        <translation>Der Return-Path %1 zeigt nicht auf %2</translation>
    </message>
    <message>
        <source>The custom Return-Path %1 is a CNAME to %2, which does not belong to %3, so mail %3 sends with it fails SPF. %4</source>
        <translation>Der eigene Return-Path %1 ist ein CNAME auf %2, das nicht zu %3 gehört, daher besteht Mail, die %3 damit sendet, SPF nicht. %4</translation>
    </message>
    <message>
        <source>Point %1 where %2 tells you to. What %2 asks for: %3</source>
        <translation>Lassen Sie %1 dorthin zeigen, wo %2 es angibt. Was %2 verlangt: %3</translation>
    </message>
    <message>
        <source>Publish %1 CNAME %2.</source>
        <translation>Veröffentlichen Sie %1 CNAME %2.</translation>
    </message>
    <message>
        <source>Return-Path %1 has its own SPF record with include:%2: SPF aligns with %3</source>
        <translation>Return-Path %1 hat einen eigenen SPF-Eintrag mit include:%2: SPF passt zu %3</translation>
    </message>
    <message>
        <source>%1 sends with the Return-Path %2, whose own SPF record includes %3, so SPF aligns with %4; the root SPF record of %4 needs no include for %1.</source>
        <translation>%1 sendet mit dem Return-Path %2, dessen eigener SPF-Eintrag %3 einbindet, daher passt SPF zu %4; der SPF-Eintrag der Domain %4 braucht kein include für %1.</translation>
    </message>
    <message>
        <source>Return-Path %1 has an SPF record without %2</source>
        <translation>Return-Path %1 hat einen SPF-Eintrag ohne %2</translation>
    </message>
    <message>
        <source>The Return-Path %1 does not authorize %2</source>
        <translation>Der Return-Path %1 autorisiert %2 nicht</translation>
    </message>
    <message>
        <source>The custom Return-Path %1 has an SPF record that does not include %2, so mail %2 sends with it fails SPF. %3</source>
        <translation>Der eigene Return-Path %1 hat einen SPF-Eintrag, der %2 nicht einbindet, daher besteht Mail, die %2 damit sendet, SPF nicht. %3</translation>
    </message>
    <message>
        <source>What %1 asks for: %2</source>
        <translation>Was %1 verlangt: %2</translation>
    </message>
    <message>
        <source>Return-Path %1 has neither a CNAME nor an SPF record</source>
        <translation>Return-Path %1 hat weder einen CNAME- noch einen SPF-Eintrag</translation>
    </message>
    <message>
        <source>The Return-Path %1 is not set up</source>
        <translation>Der Return-Path %1 ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>The custom Return-Path %1 has neither a CNAME to %2 nor an SPF record, so mail %2 sends with it fails SPF. %3</source>
        <translation>Der eigene Return-Path %1 hat weder einen CNAME auf %2 noch einen SPF-Eintrag, daher besteht Mail, die %2 damit sendet, SPF nicht. %3</translation>
    </message>
    <message>
        <source>(No custom Return-Path at %1.)</source>
        <translation>(Kein eigener Return-Path unter %1.)</translation>
    </message>
    <message>
        <source>DMARC for %1 then passes only through DKIM aligned with the From domain: a key published or CNAME-delegated at SELECTOR._domainkey.%1 (enter its selector on the DKIM page to check it).</source>
        <translation>DMARC für %1 besteht dann nur über DKIM passend zur From-Domain: ein Schlüssel, veröffentlicht oder per CNAME delegiert unter SELECTOR._domainkey.%1 (zum Prüfen seinen Selektor auf der DKIM-Seite eingeben).</translation>
    </message>
    <message>
        <source>Publish the DKIM records %1 gives you. For SPF aligned with %2 as well, set up its custom Return-Path (bounce) subdomain as %1 describes.%3 What %1 asks for: %4</source>
        <translation>Die DKIM-Einträge veröffentlichen, die %1 Ihnen gibt. Damit auch SPF zu %2 passt, die eigene Return-Path-(Bounce-)Subdomain so einrichten, wie %1 es beschreibt.%3 Was %1 verlangt: %4</translation>
    </message>
</context>
<context>
    <name>ReverseLookup</name>
    <message>
        <source>not looked up</source>
        <translation>nicht abgefragt</translation>
    </message>
</context>
<context>
    <name>SmtpCheck</name>
    <message>
        <source>Get a certificate for %1 from a public CA (for example Let&apos;s Encrypt: certbot certonly --standalone -d %1) and point the server at it (Postfix: smtpd_tls_chain_files = /etc/letsencrypt/live/%1/privkey.pem, /etc/letsencrypt/live/%1/fullchain.pem; Exim: tls_certificate and tls_privatekey; OpenSMTPD: pki %1 cert ... / pki %1 key ...).</source>
        <translation>Besorgen Sie ein Zertifikat für %1 von einer öffentlichen CA (zum Beispiel Let&apos;s Encrypt: certbot certonly --standalone -d %1) und tragen Sie es im Server ein (Postfix: smtpd_tls_chain_files = /etc/letsencrypt/live/%1/privkey.pem, /etc/letsencrypt/live/%1/fullchain.pem; Exim: tls_certificate und tls_privatekey; OpenSMTPD: pki %1 cert ... / pki %1 key ...).</translation>
    </message>
    <message>
        <source>your mail server&apos;s name</source>
        <translation>den Namen Ihres Mailservers</translation>
    </message>
    <message>
        <source>no certificate sent</source>
        <translation>kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>The server completed TLS without a certificate.</source>
        <translation>Der Server hat TLS ohne Zertifikat abgeschlossen.</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>es ist selbst signiert</translation>
    </message>
    <message>
        <source>it does not chain to a trusted certificate authority</source>
        <translation>es führt auf keine vertrauenswürdige Zertifizierungsstelle zurück</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>es ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>es ist erst ab %1 gültig</translation>
    </message>
    <message>
        <source>it is for %1, not %2</source>
        <translation>es gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>keinen Namen</translation>
    </message>
    <message>
        <source>certificate for %1, valid until %2</source>
        <translation>Zertifikat für %1, gültig bis %2</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate has problems: %1. Most senders still deliver (they encrypt without checking), but senders that enforce MTA-STS or DANE refuse it, and it blocks publishing MTA-STS yourself.</source>
        <translation>Das TLS-Zertifikat des Servers hat Probleme: %1. Die meisten Absender stellen trotzdem zu (sie verschlüsseln ohne Prüfung), aber Absender, die MTA-STS oder DANE durchsetzen, lehnen es ab, und es verhindert, dass Sie selbst MTA-STS veröffentlichen.</translation>
    </message>
    <message>
        <source>Check the certificate and key files the server is configured with, and its log.</source>
        <translation>Prüfen Sie die Zertifikats- und Schlüsseldateien, die im Server eingetragen sind, und sein Log.</translation>
    </message>
    <message>
        <source> OpenSMTPD 6.8 (Debian 12) fails every TLS handshake with OpenSSL 3 (its log says &quot;EVP lib&quot;): upgrade to OpenSMTPD 7 (Debian 13), or remove tls from the listen line until then so senders deliver without TLS instead of failing.</source>
        <translation> OpenSMTPD 6.8 (Debian 12) scheitert mit OpenSSL 3 an jedem TLS-Handshake (sein Log meldet &quot;EVP lib&quot;): Aktualisieren Sie auf OpenSMTPD 7 (Debian 13), oder entfernen Sie tls bis dahin aus der listen-Zeile, damit Absender ohne TLS zustellen, statt zu scheitern.</translation>
    </message>
    <message>
        <source>No SMTP server given (--smtp), so none was probed</source>
        <translation>Kein SMTP-Server angegeben (--smtp), daher wurde keiner getestet</translation>
    </message>
    <message>
        <source>The SMTP server %1</source>
        <translation>Der SMTP-Server %1</translation>
    </message>
    <message>
        <source>Could not find the SMTP server: %1</source>
        <translation>Der SMTP-Server wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Check the name given with --smtp, or publish its A/AAAA record.</source>
        <translation>Prüfen Sie den mit --smtp angegebenen Namen, oder veröffentlichen Sie seinen A/AAAA-Eintrag.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1, so no mail can be delivered to it there.</source>
        <translation>Auf %1 nimmt nichts Verbindungen an, daher kann dort keine Mail zugestellt werden.</translation>
    </message>
    <message>
        <source>Start the mail server and let it listen on port %1 of that address (Postfix: inet_interfaces = all; OpenSMTPD: listen on all), and open the port in the firewall.</source>
        <translation>Starten Sie den Mailserver, lassen Sie ihn auf Port %1 dieser Adresse lauschen (Postfix: inet_interfaces = all; OpenSMTPD: listen on all), und öffnen Sie den Port in der Firewall.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2); the server may be down or a firewall drops the connection.</source>
        <translation>%1 war nicht erreichbar (%2); der Server ist womöglich aus, oder eine Firewall verwirft die Verbindung.</translation>
    </message>
    <message>
        <source>Check that the server runs and that port %1 is open towards the internet, then run the check again.</source>
        <translation>Prüfen Sie, ob der Server läuft und Port %1 zum Internet hin offen ist, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>The server names itself %1 in its %2, not %3. Use one name everywhere: the PTR name, the EHLO name and the greeting.</source>
        <translation>Der Server nennt sich %1 (%2), nicht %3. Verwenden Sie überall denselben Namen: im PTR-Namen, im EHLO-Namen und in der Begrüßung.</translation>
    </message>
    <message>
        <source>greeting (220 banner)</source>
        <translation>Begrüßung (220-Banner)</translation>
    </message>
    <message>
        <source>The server at %1 did not greet properly: %2.</source>
        <translation>Der Server unter %1 hat nicht ordnungsgemäß begrüßt: %2.</translation>
    </message>
    <message>
        <source>Check that an SMTP server (not another service) listens on port %1, and read its log for why it refuses connections.</source>
        <translation>Prüfen Sie, ob auf Port %1 ein SMTP-Server (und kein anderer Dienst) lauscht, und lesen Sie in seinem Log nach, warum er Verbindungen ablehnt.</translation>
    </message>
    <message>
        <source>Run the check again; if it persists, look at the server&apos;s log.</source>
        <translation>Starten Sie die Prüfung erneut; bleibt es so, sehen Sie in das Log des Servers.</translation>
    </message>
    <message>
        <source>EHLO answered by %1; extensions: %2</source>
        <translation>EHLO beantwortet von %1; Erweiterungen: %2</translation>
    </message>
    <message>
        <source>EHLO to %1 failed: %2.</source>
        <translation>EHLO an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Read the mail server&apos;s log for why it refuses EHLO %1.</source>
        <translation>Lesen Sie im Log des Mailservers nach, warum er EHLO %1 ablehnt.</translation>
    </message>
    <message>
        <source>The PTR name of %1 is %2, which differs from %3.</source>
        <translation>Der PTR-Name von %1 ist %2 und weicht von %3 ab.</translation>
    </message>
    <message>
        <source>%1 has no PTR record.</source>
        <translation>%1 hat keinen PTR-Eintrag.</translation>
    </message>
    <message>
        <source>STARTTLS is not offered</source>
        <translation>STARTTLS wird nicht angeboten</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, so mail to it travels unencrypted; Gmail marks such mail with a red open lock.</source>
        <translation>%1 bietet kein STARTTLS an, daher wird Mail dorthin unverschlüsselt übertragen; Gmail kennzeichnet solche Mail mit einem roten offenen Schloss.</translation>
    </message>
    <message>
        <source>Turn on TLS for incoming mail: Postfix: smtpd_tls_security_level = may plus smtpd_tls_chain_files; Exim: tls_advertise_hosts = * plus tls_certificate; OpenSMTPD: listen on ... tls pki NAME.</source>
        <translation>Schalten Sie TLS für eingehende Mail ein: Postfix: smtpd_tls_security_level = may plus smtpd_tls_chain_files; Exim: tls_advertise_hosts = * plus tls_certificate; OpenSMTPD: listen on ... tls pki NAME.</translation>
    </message>
    <message>
        <source>%1 offers STARTTLS but it does not work: %2. Senders that try TLS first may give up or retry for days.</source>
        <translation>%1 bietet STARTTLS an, aber es funktioniert nicht: %2. Absender, die zuerst TLS versuchen, geben womöglich auf oder versuchen es tagelang erneut.</translation>
    </message>
    <message>
        <source>STARTTLS works (%1, %2)</source>
        <translation>STARTTLS funktioniert (%1, %2)</translation>
    </message>
    <message>
        <source>The server negotiated %1, which is obsolete (RFC 8996).</source>
        <translation>Der Server hat %1 ausgehandelt, das veraltet ist (RFC 8996).</translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and 1.3 only (Postfix: smtpd_tls_protocols = &gt;=TLSv1.2).</source>
        <translation>Erlauben Sie nur TLS 1.2 und 1.3 (Postfix: smtpd_tls_protocols = &gt;=TLSv1.2).</translation>
    </message>
    <message>
        <source>After STARTTLS, %1: %2.</source>
        <translation>Nach STARTTLS, %1: %2.</translation>
    </message>
    <message>
        <source>SMTP server (banner, EHLO, STARTTLS)</source>
        <translation>SMTP-Server (Banner, EHLO, STARTTLS)</translation>
    </message>
    <message>
        <source>EHLO reply</source>
        <translation>EHLO-Antwort</translation>
    </message>
    <message>
        <source>%1 greets as %2, no STARTTLS</source>
        <translation>%1 begrüßt als %2, kein STARTTLS</translation>
    </message>
    <message>
        <source>%1 greets as %2, STARTTLS with %3</source>
        <translation>%1 begrüßt als %2, STARTTLS mit %3</translation>
    </message>
    <message>
        <source>%1 greets as %2, STARTTLS fails</source>
        <translation>%1 begrüßt als %2, STARTTLS scheitert</translation>
    </message>
    <message>
        <source>Not probed: the wizard judges what receivers find in DNS, not your server&apos;s SMTP greeting</source>
        <translation>Nicht geprüft: Der Assistent beurteilt, was Empfänger im DNS finden, nicht die SMTP-Begrüßung Ihres Servers</translation>
    </message>
    <message>
        <source>Check the server&apos;s name, or publish its A/AAAA record.</source>
        <translation>Den Namen des Servers prüfen oder seinen A/AAAA-Eintrag veröffentlichen.</translation>
    </message>
    <message>
        <source>Give the mail server a certificate for its name.</source>
        <translation>Geben Sie dem Mailserver ein Zertifikat für seinen Namen.</translation>
    </message>
    <message>
        <source>Give the mail server a valid certificate for its name.</source>
        <translation>Geben Sie dem Mailserver ein gültiges Zertifikat für seinen Namen.</translation>
    </message>
    <message>
        <source>Make the mail server announce %1 everywhere.</source>
        <translation>Lassen Sie den Mailserver sich überall als %1 melden.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS for incoming mail in your mail server.</source>
        <translation>Schalten Sie STARTTLS für eingehende Mail in Ihrem Mailserver ein.</translation>
    </message>
    <message>
        <source>Repair STARTTLS in your mail server, as its card says.</source>
        <translation>Reparieren Sie STARTTLS in Ihrem Mailserver wie auf der Karte beschrieben.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>the greeting (220 banner)</source>
        <translation>die Begrüßung (220-Banner)</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>der TLS-Handshake</translation>
    </message>
    <message>
        <source>EHLO after STARTTLS</source>
        <translation>EHLO nach STARTTLS</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>the connection was refused (nothing listens on port %1)</source>
        <translation>die Verbindung wurde abgelehnt (auf Port %1 lauscht nichts)</translation>
    </message>
    <message>
        <source>no answer to the connection attempt within %1 ms</source>
        <translation>keine Antwort auf den Verbindungsversuch innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>the server sent something that is not SMTP (%1)</source>
        <translation>der Server hat etwas gesendet, das kein SMTP ist (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>could not send %1: %2</source>
        <translation>%1 konnte nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>the server greeted with</source>
        <translation>der Server begrüßte mit</translation>
    </message>
    <message>
        <source>%1 was answered with</source>
        <translation>%1 wurde beantwortet mit</translation>
    </message>
    <message>
        <source>TLS is not available to MailReady here (no TLS backend), so STARTTLS was not tried</source>
        <translation>TLS steht MailReady hier nicht zur Verfügung (kein TLS-Backend), daher wurde STARTTLS nicht versucht</translation>
    </message>
    <message>
        <source>the TLS handshake did not finish within %1 ms</source>
        <translation>der TLS-Handshake wurde nicht innerhalb von %1 ms fertig</translation>
    </message>
    <message>
        <source>the server aborted it</source>
        <translation>der Server hat ihn abgebrochen</translation>
    </message>
    <message>
        <source>the TLS handshake did not complete: %1</source>
        <translation>der TLS-Handshake wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>%1 after an incomplete reply (&quot;%2&quot;)</source>
        <translation>%1 nach einer unvollständigen Antwort („%2“)</translation>
    </message>
</context>
<context>
    <name>SmtpReply</name>
    <message>
        <source>a reply line longer than %1 bytes</source>
        <translation>eine Antwortzeile länger als %1 Byte</translation>
    </message>
    <message>
        <source>a reply of more than %1 lines</source>
        <translation>eine Antwort mit mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>not an SMTP reply line</source>
        <translation>keine SMTP-Antwortzeile</translation>
    </message>
    <message>
        <source>a multi-line reply whose lines carry different codes</source>
        <translation>eine mehrzeilige Antwort, deren Zeilen verschiedene Codes tragen</translation>
    </message>
</context>
<context>
    <name>SpfCheck</name>
    <message>
        <source>SPF pass for %1 (%2)</source>
        <translation>SPF pass für %1 (%2)</translation>
    </message>
    <message>
        <source>SPF could not be evaluated for %1: %2</source>
        <translation>SPF konnte für %1 nicht ausgewertet werden: %2</translation>
    </message>
    <message>
        <source>The SPF policy of %1 could not be evaluated for %2 because a DNS lookup failed (%3), so SPF is unverified.</source>
        <translation>Die SPF-Richtlinie von %1 konnte für %2 nicht ausgewertet werden, weil eine DNS-Abfrage fehlgeschlagen ist (%3), daher ist SPF ungeprüft.</translation>
    </message>
    <message>
        <source>Check that the nameserver in use answers, then run the check again.</source>
        <translation>Prüfen Sie, ob der verwendete Nameserver antwortet, und starten Sie die Prüfung dann erneut.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell your server from a forger; many junk or reject such mail.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag, daher können Empfänger Ihren Server nicht von einem Fälscher unterscheiden; viele stufen solche Mail als Spam ein oder lehnen sie ab.</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1: %2</source>
        <translation>Veröffentlichen Sie diesen TXT-Eintrag bei %1: %2</translation>
    </message>
    <message>
        <source>SPF permerror for %1: %2</source>
        <translation>SPF permerror für %1: %2</translation>
    </message>
    <message>
        <source>Receivers get a permanent error evaluating the SPF policy of %1 for %2: %3</source>
        <translation>Empfänger erhalten beim Auswerten der SPF-Richtlinie von %1 für %2 einen dauerhaften Fehler: %3</translation>
    </message>
    <message>
        <source>Publish one valid record, for example: %1</source>
        <translation>Veröffentlichen Sie einen gültigen Eintrag, zum Beispiel: %1</translation>
    </message>
    <message>
        <source>SPF %1 for %2: %3</source>
        <translation>SPF %1 für %2: %3</translation>
    </message>
    <message>
        <source>%1 The TXT record at %2 becomes: %3</source>
        <translation>%1 Der TXT-Eintrag bei %2 wird zu: %3</translation>
    </message>
    <message>
        <source> (the relay&apos;s include covers it)</source>
        <translation> (das include des Relays deckt es ab)</translation>
    </message>
    <message>
        <source>The SPF policy of %1 does not authorize the relay %2 (result %3 for %4), so receivers treat the mail it relays as forged or suspicious.</source>
        <translation>Die SPF-Richtlinie von %1 erlaubt das Relay %2 nicht (Ergebnis %3 für %4), daher behandeln Empfänger die Mail, die es weiterleitet, als gefälscht oder verdächtig.</translation>
    </message>
    <message>
        <source>The SPF policy of %1 does not authorize the relay %2 (its address %3, result %4), so receivers treat the mail it relays as forged or suspicious.</source>
        <translation>Die SPF-Richtlinie von %1 erlaubt das Relay %2 nicht (seine Adresse %3, Ergebnis %4), daher behandeln Empfänger die Mail, die es weiterleitet, als gefälscht oder verdächtig.</translation>
    </message>
    <message>
        <source>The SPF policy of %1 does not authorize %2 (result %3), so receivers treat its mail as forged or suspicious.</source>
        <translation>Die SPF-Richtlinie von %1 erlaubt %2 nicht (Ergebnis %3), daher behandeln Empfänger Mail von dort als gefälscht oder verdächtig.</translation>
    </message>
    <message>
        <source>%1; but the policy needs %2 DNS lookups, more than the 10 allowed</source>
        <translation>%1; aber die Richtlinie braucht %2 DNS-Abfragen, mehr als die erlaubten 10</translation>
    </message>
    <message>
        <source>The TXT record at %1 becomes: %2</source>
        <translation>Der TXT-Eintrag bei %1 wird zu: %2</translation>
    </message>
    <message>
        <source>The mail server&apos;s name %1 has no SPF record of its own; receivers that check the HELO name (and bounces, which have an empty sender) find none.</source>
        <translation>Der Name des Mailservers %1 hat keinen eigenen SPF-Eintrag; Empfänger, die den HELO-Namen prüfen (und Unzustellbarkeitsmeldungen, die einen leeren Absender haben), finden keinen.</translation>
    </message>
    <message>
        <source>SPF of %1 passes for %2</source>
        <translation>SPF von %1 besteht für %2</translation>
    </message>
    <message>
        <source>SPF of %1 passes for all %2 sending addresses</source>
        <translation>SPF von %1 besteht für alle %2 Absendeadressen</translation>
    </message>
    <message>
        <source>SPF of %1 passes, but the policy lets other servers pass too</source>
        <translation>SPF von %1 besteht, aber die Richtlinie lässt auch andere Server bestehen</translation>
    </message>
    <message>
        <source>SPF of %1 needs %2 DNS lookups (10 allowed)</source>
        <translation>SPF von %1 braucht %2 DNS-Abfragen (10 erlaubt)</translation>
    </message>
    <message>
        <source>SPF of %1 does not pass for %2 of %3 sending addresses</source>
        <translation>SPF von %1 besteht für %2 von %3 Absendeadressen nicht</translation>
    </message>
    <message>
        <source>SPF of %1 could not be verified</source>
        <translation>SPF von %1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message numerus="yes">
        <source>%n sending addresses are not authorized; one change covers them all.</source>
        <translation>
            <numerusform>%n Absendeadresse ist nicht erlaubt; eine Änderung deckt alle ab.</numerusform>
            <numerusform>%n Absendeadressen sind nicht erlaubt; eine Änderung deckt sie alle ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Source: %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
    <message>
        <source>Correct the SPF record of %1 as its card says.</source>
        <translation>Korrigieren Sie den SPF-Eintrag von %1 wie auf seiner Karte beschrieben.</translation>
    </message>
    <message>
        <source>Publish an SPF record at %1.</source>
        <translation>Veröffentlichen Sie einen SPF-Eintrag bei %1.</translation>
    </message>
    <message>
        <source>Correct the SPF record of %1 so that receivers can evaluate it.</source>
        <translation>Korrigieren Sie den SPF-Eintrag von %1, damit Empfänger ihn auswerten können.</translation>
    </message>
    <message>
        <source>Authorize the relay %1 in the SPF record of %2.</source>
        <translation>Erlauben Sie das Relay %1 im SPF-Eintrag von %2.</translation>
    </message>
    <message>
        <source>Authorize %1 in the SPF record of %2.</source>
        <translation>Erlauben Sie %1 im SPF-Eintrag von %2.</translation>
    </message>
</context>
<context>
    <name>SpfComposer</name>
    <message>
        <source>The record already lists %1.</source>
        <translation>Der Eintrag führt %1 bereits auf.</translation>
    </message>
    <message>
        <source>Add %1 to the record.</source>
        <translation>Fügen Sie dem Eintrag %1 hinzu.</translation>
    </message>
    <message>
        <source>Add %1 before %2.</source>
        <translation>Fügen Sie %1 vor %2 ein.</translation>
    </message>
    <message>
        <source>The record already has %1.</source>
        <translation>Der Eintrag enthält %1 bereits.</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>The evaluation took longer than %1 seconds (RFC 7208 4.6.4), so it was stopped before looking up %2.</source>
        <translation>Die Auswertung dauerte länger als %1 Sekunden (RFC 7208 4.6.4), daher wurde sie vor der Abfrage von %2 abgebrochen.</translation>
    </message>
    <message>
        <source>More than %1 lookups found nothing (the last was %2 %3); RFC 7208 4.6.4 makes that a permanent error.</source>
        <translation>Mehr als %1 Abfragen fanden nichts (die letzte war %2 %3); nach RFC 7208 4.6.4 ist das ein dauerhafter Fehler.</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 %2 failed (%3).</source>
        <translation>Die DNS-Abfrage von %1 %2 ist fehlgeschlagen (%3).</translation>
    </message>
    <message>
        <source>The policy needs more than %1 DNS lookups (reached at &apos;%2&apos;); RFC 7208 4.6.4 makes that a permanent error.</source>
        <translation>Die Richtlinie braucht mehr als %1 DNS-Abfragen (erreicht bei „%2“); nach RFC 7208 4.6.4 ist das ein dauerhafter Fehler.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an invalid macro.</source>
        <translation>„%1“ enthält ein ungültiges Makro.</translation>
    </message>
    <message>
        <source>%1 expands to %2. </source>
        <translation>%1 wird zu %2 erweitert. </translation>
    </message>
    <message>
        <source>%1 %2 has %3.</source>
        <translation>%1 %2 enthält %3.</translation>
    </message>
    <message>
        <source>%1 has no %2 record (%3).</source>
        <translation>%1 hat keinen %2-Eintrag (%3).</translation>
    </message>
    <message>
        <source>The target is not a valid DNS name.</source>
        <translation>Das Ziel ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; RFC 7208 4.6.4 allows the mx mechanism at most %3.</source>
        <translation>%1 hat %2 MX-Einträge; RFC 7208 4.6.4 erlaubt dem Mechanismus mx höchstens %3.</translation>
    </message>
    <message>
        <source>%1 has no MX record.</source>
        <translation>%1 hat keinen MX-Eintrag.</translation>
    </message>
    <message>
        <source>The PTR lookup failed (%1).</source>
        <translation>Die PTR-Abfrage ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>%1 is a validated name of the address.</source>
        <translation>%1 ist ein bestätigter Name der Adresse.</translation>
    </message>
    <message>
        <source>No validated PTR name is in %1.</source>
        <translation>Kein bestätigter PTR-Name liegt in %1.</translation>
    </message>
    <message>
        <source>%1 has no A record.</source>
        <translation>%1 hat keinen A-Eintrag.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a valid domain.</source>
        <translation>„%1“ nennt keine gültige Domain.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a domain without an SPF record.</source>
        <translation>„%1“ nennt eine Domain ohne SPF-Eintrag.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; there must be exactly one.</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge; es muss genau einer sein.</translation>
    </message>
    <message>
        <source>The policy nests includes and redirects too deeply.</source>
        <translation>Die Richtlinie verschachtelt includes und redirects zu tief.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is invalid: %2</source>
        <translation>Der SPF-Eintrag von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name SPF can be checked for.</source>
        <translation>„%1“ ist kein Domainname, für den sich SPF prüfen lässt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the record of %2 decided: %3.</source>
        <translation>„%1“ im Eintrag von %2 hat entschieden: %3.</translation>
    </message>
    <message>
        <source>No term matched, so the result is %1.</source>
        <translation>Kein Term hat gepasst, daher ist das Ergebnis %1.</translation>
    </message>
    <message>
        <source>too many records to follow</source>
        <translation>zu viele Einträge zum Verfolgen</translation>
    </message>
    <message>
        <source>the TXT lookup failed (%1)</source>
        <translation>die TXT-Abfrage ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>no SPF record</source>
        <translation>kein SPF-Eintrag</translation>
    </message>
    <message>
        <source>several SPF records</source>
        <translation>mehrere SPF-Einträge</translation>
    </message>
    <message>
        <source>the target depends on macros and is counted once</source>
        <translation>das Ziel hängt von Makros ab und wird einmal gezählt</translation>
    </message>
    <message>
        <source>loop: %1 is already being evaluated</source>
        <translation>Schleife: %1 wird bereits ausgewertet</translation>
    </message>
</context>
<context>
    <name>SpfLint</name>
    <message>
        <source>a/mx/ptr/exists terms of %1: %2</source>
        <translation>a/mx/ptr/exists-Terme von %1: %2</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records (%3). Receivers treat that as a permanent error, so SPF fails for all mail.</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge (%3). Empfänger werten das als dauerhaften Fehler, daher scheitert SPF für alle Mail.</translation>
    </message>
    <message>
        <source>Replace them by one TXT record at %1: %2</source>
        <translation>Ersetzen Sie sie durch einen TXT-Eintrag bei %1: %2</translation>
    </message>
    <message>
        <source>Delete all but one and merge their terms into a single TXT record at %1.</source>
        <translation>Löschen Sie alle bis auf einen und führen Sie ihre Terme in einem einzigen TXT-Eintrag bei %1 zusammen.</translation>
    </message>
    <message>
        <source>The SPF record is one string of %1 bytes; a TXT character-string holds at most 255, so most DNS panels and servers reject or cut it.</source>
        <translation>Der SPF-Eintrag ist eine einzige Zeichenkette von %1 Byte; eine TXT-Zeichenkette fasst höchstens 255, daher lehnen die meisten DNS-Panels und Server ihn ab oder schneiden ihn ab.</translation>
    </message>
    <message>
        <source>Publish it as several quoted strings in one TXT record: %1</source>
        <translation>Veröffentlichen Sie ihn als mehrere Zeichenketten in Anführungszeichen in einem TXT-Eintrag: %1</translation>
    </message>
    <message>
        <source>The SPF record is %1 bytes long; answers over about 450 bytes may not fit in one UDP DNS message and some receivers then fail to read it.</source>
        <translation>Der SPF-Eintrag ist %1 Byte lang; Antworten über etwa 450 Byte passen womöglich nicht in eine UDP-DNS-Nachricht, und manche Empfänger können ihn dann nicht lesen.</translation>
    </message>
    <message>
        <source>Shorten it: replace runs of ip4: terms by a covering prefix (ip4:198.51.100.0/24), or drop terms for services you no longer use.</source>
        <translation>Kürzen Sie ihn: Ersetzen Sie Folgen von ip4:-Termen durch ein umfassendes Präfix (ip4:198.51.100.0/24), oder streichen Sie Terme für Dienste, die Sie nicht mehr nutzen.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is invalid, so receivers treat it as a permanent error: %2</source>
        <translation>Der SPF-Eintrag von %1 ist ungültig, daher werten Empfänger ihn als dauerhaften Fehler: %2</translation>
    </message>
    <message>
        <source>Remove or correct &apos;%1&apos;. The mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists.</source>
        <translation>Entfernen oder korrigieren Sie „%1“. Die Mechanismen sind all, include, a, mx, ptr, ip4, ip6 und exists.</translation>
    </message>
    <message>
        <source>The record uses &apos;ptr&apos;, which RFC 7208 deprecates: it is slow, unreliable, and some receivers ignore it.</source>
        <translation>Der Eintrag verwendet „ptr“, wovon RFC 7208 abrät: Es ist langsam, unzuverlässig, und manche Empfänger ignorieren es.</translation>
    </message>
    <message>
        <source>Replace it by the sending addresses (ip4:/ip6:) or &apos;a&apos;/&apos;mx&apos;: %1</source>
        <translation>Ersetzen Sie es durch die Absendeadressen (ip4:/ip6:) oder „a“/„mx“: %1</translation>
    </message>
    <message>
        <source>The record ends in &apos;%1&apos;, which authorizes every server on the internet to send as %2.</source>
        <translation>Der Eintrag endet auf „%1“, was jedem Server im Internet erlaubt, als %2 zu senden.</translation>
    </message>
    <message>
        <source>The record ends in &apos;%1&apos;, which says nothing about other servers; receivers gain no protection from it.</source>
        <translation>Der Eintrag endet auf „%1“, was nichts über andere Server aussagt; Empfänger gewinnen dadurch keinen Schutz.</translation>
    </message>
    <message>
        <source>The record has neither an &apos;all&apos; mechanism nor a redirect, so mail from any other server gets &apos;neutral&apos; instead of failing.</source>
        <translation>Der Eintrag hat weder einen Mechanismus „all“ noch ein redirect, daher bekommt Mail von jedem anderen Server „neutral“, statt durchzufallen.</translation>
    </message>
    <message>
        <source>The SPF policy of %1 needs %2 DNS lookups counted through its includes and redirects; RFC 7208 allows 10, and receivers return permerror beyond that.</source>
        <translation>Die SPF-Richtlinie von %1 braucht, über ihre includes und redirects gezählt, %2 DNS-Abfragen; RFC 7208 erlaubt 10, und darüber melden Empfänger permerror.</translation>
    </message>
    <message>
        <source> The costliest branch is %1 with %2. Lookups per branch: %3.</source>
        <translation> Der teuerste Zweig ist %1 mit %2. Abfragen je Zweig: %3.</translation>
    </message>
    <message>
        <source>Replace %1 by the ip4:/ip6: ranges it publishes, or ask the provider for a narrower include; drop includes for services you no longer use.</source>
        <translation>Ersetzen Sie %1 durch die ip4:/ip6:-Bereiche, die es veröffentlicht, oder fragen Sie den Anbieter nach einem engeren include; streichen Sie includes für Dienste, die Sie nicht mehr nutzen.</translation>
    </message>
    <message>
        <source>Replace a, mx and include terms by ip4:/ip6: terms.</source>
        <translation>Ersetzen Sie a-, mx- und include-Terme durch ip4:/ip6:-Terme.</translation>
    </message>
    <message>
        <source>Evaluating the policy hits %1 names that do not exist or have no address; RFC 7208 allows 2, and receivers return permerror beyond that.</source>
        <translation>Beim Auswerten der Richtlinie stößt die Abfrage auf %1 Namen, die nicht existieren oder keine Adresse haben; RFC 7208 erlaubt 2, und darüber melden Empfänger permerror.</translation>
    </message>
    <message>
        <source>Remove the a:, mx:, include: or exists: terms that name hosts which no longer exist.</source>
        <translation>Entfernen Sie die a:-, mx:-, include:- oder exists:-Terme, die Hosts nennen, die es nicht mehr gibt.</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>it contains a character that is not printable ASCII</source>
        <translation>er enthält ein Zeichen, das kein druckbares ASCII ist</translation>
    </message>
    <message>
        <source>a &apos;%&apos; at the end is not a macro (write %% for a percent sign)</source>
        <translation>ein „%“ am Ende ist kein Makro (schreiben Sie %% für ein Prozentzeichen)</translation>
    </message>
    <message>
        <source>&apos;%%%1&apos; is not a macro (a &apos;%&apos; must be followed by {, %, _ or -)</source>
        <translation>„%%%1“ ist kein Makro (auf ein „%“ muss {, %, _ oder - folgen)</translation>
    </message>
    <message>
        <source>a macro &apos;%{&apos; is not closed with &apos;}&apos;</source>
        <translation>ein Makro „%{“ ist nicht mit „}“ geschlossen</translation>
    </message>
    <message>
        <source>&apos;%{%1}&apos; is not a valid macro</source>
        <translation>„%{%1}“ ist kein gültiges Makro</translation>
    </message>
    <message>
        <source>&apos;%{%1}&apos; asks for zero labels</source>
        <translation>„%{%1}“ verlangt null Labels</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no domain</source>
        <translation>„%1“ nennt keine Domain</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain: %2</source>
        <translation>„%1“ ist keine gültige Domain: %2</translation>
    </message>
    <message>
        <source>the modifier &apos;%1&apos; is invalid: %2</source>
        <translation>der Modifikator „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SPF mechanism</source>
        <translation>„%1“ ist kein SPF-Mechanismus</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: all takes no argument</source>
        <translation>„%1“: all nimmt kein Argument</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a domain (%2:domain)</source>
        <translation>„%1“ braucht eine Domain (%2:domain)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is malformed</source>
        <translation>„%1“ ist fehlerhaft</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is malformed (expected %2[:domain][/prefix][//prefix])</source>
        <translation>„%1“ ist fehlerhaft (erwartet %2[:domain][/prefix][//prefix])</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the IPv4 prefix length must be 0 to 32</source>
        <translation>„%1“: Die IPv4-Präfixlänge muss 0 bis 32 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the IPv6 prefix length must be 0 to 128</source>
        <translation>„%1“: Die IPv6-Präfixlänge muss 0 bis 128 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an address (%2:address)</source>
        <translation>„%1“ braucht eine Adresse (%2:address)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &apos;%2&apos; is not an %3 address</source>
        <translation>„%1“: „%2“ ist keine %3-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the prefix length must be 0 to %2</source>
        <translation>„%1“: Die Präfixlänge muss 0 bis %2 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a fully qualified domain name</source>
        <translation>„%1“ ist kein vollständiger Domainname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in a valid top-level label</source>
        <translation>„%1“ endet nicht auf ein gültiges Top-Level-Label</translation>
    </message>
    <message>
        <source>The record does not start with v=spf1.</source>
        <translation>Der Eintrag beginnt nicht mit v=spf1.</translation>
    </message>
    <message>
        <source>The record contains a non-ASCII character (byte 0x%1).</source>
        <translation>Der Eintrag enthält ein Nicht-ASCII-Zeichen (Byte 0x%1).</translation>
    </message>
    <message>
        <source>The record contains a control character (byte 0x%1); terms are separated by spaces only.</source>
        <translation>Der Eintrag enthält ein Steuerzeichen (Byte 0x%1); Terme werden nur durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>The %1 modifier appears more than once.</source>
        <translation>Der Modifikator %1 kommt mehr als einmal vor.</translation>
    </message>
</context>
<context>
    <name>TagList</name>
    <message>
        <source>an empty element between semicolons</source>
        <translation>ein leeres Element zwischen Semikolons</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>„%1“ ist kein Paar Tag=Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name</source>
        <translation>„%1“ ist kein gültiger Tag-Name</translation>
    </message>
    <message>
        <source>the tag %1= appears twice</source>
        <translation>das Tag %1= kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>Thresholds</name>
    <message>
        <source>Server and network</source>
        <translation>Server und Netz</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Blocklisten</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse DNS</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Check again once the nameserver answers.</source>
        <translation>Prüfen Sie erneut, sobald der Nameserver antwortet.</translation>
    </message>
</context>
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
</context>
<context>
    <name>mailready::ui::AddressWarningLabel</name>
    <message>
        <source>Warning: %1 %2</source>
        <translation>Warnung: %1 %2</translation>
    </message>
</context>
<context>
    <name>mailready::ui::BlocklistPage</name>
    <message>
        <source>Blocklists</source>
        <translation>Blocklisten</translation>
    </message>
    <message>
        <source>Receivers that use DNS blocklists refuse mail from listed addresses. Each list is first checked for health, so a broken or refusing list never counts as clean or as listed.</source>
        <translation>Empfänger, die DNS-Blocklisten nutzen, lehnen Mail von eingetragenen Adressen ab. Jede Liste wird zuerst auf ihren Zustand geprüft, damit eine defekte oder verweigernde Liste nie als sauber oder als Eintrag zählt.</translation>
    </message>
    <message>
        <source>Keys for blocklists (optional, free from each operator)</source>
        <translation>Schlüssel für Blocklisten (optional, kostenlos beim jeweiligen Betreiber)</translation>
    </message>
    <message>
        <source>Spamhaus &amp;DQS key:</source>
        <translation>Spamhaus-&amp;DQS-Schlüssel:</translation>
    </message>
    <message>
        <source>Queries Spamhaus through its Data Query Service, which answers through any resolver, and adds the ZRD (brand-new domains) and AuthBL lists.</source>
        <translation>Fragt Spamhaus über seinen Data Query Service ab, der über jeden Resolver antwortet, und nimmt die Listen ZRD (ganz neue Domains) und AuthBL hinzu.</translation>
    </message>
    <message>
        <source>A&amp;busix key:</source>
        <translation>A&amp;busix-Schlüssel:</translation>
    </message>
    <message>
        <source>Adds Abusix Mail Intelligence, which answers only with a key.</source>
        <translation>Nimmt Abusix Mail Intelligence hinzu, das nur mit einem Schlüssel antwortet.</translation>
    </message>
    <message>
        <source>SpamRA&amp;TS key:</source>
        <translation>SpamRA&amp;TS-Schlüssel:</translation>
    </message>
    <message>
        <source>SpamRATS asks for a key in the query; without one its lists may not answer through every resolver.</source>
        <translation>SpamRATS verlangt einen Schlüssel in der Abfrage; ohne ihn antworten seine Listen womöglich nicht über jeden Resolver.</translation>
    </message>
    <message>
        <source>Keys are never saved and are masked in every report and in the PDF.</source>
        <translation>Schlüssel werden nie gespeichert und in jedem Bericht und im PDF unkenntlich gemacht.</translation>
    </message>
    <message>
        <source>Every list</source>
        <translation>Alle Listen</translation>
    </message>
</context>
<context>
    <name>mailready::ui::BlocklistRows</name>
    <message>
        <source>No list was asked about.</source>
        <translation>Keine Liste wurde abgefragt.</translation>
    </message>
    <message>
        <source>The lists have not been checked yet.</source>
        <translation>Die Listen wurden noch nicht geprüft.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Not listed.</source>
        <translation>Nicht eingetragen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Removal page</source>
        <translation>Seite zum Austragen</translation>
    </message>
    <message>
        <source>Lookup page</source>
        <translation>Abfrageseite</translation>
    </message>
    <message>
        <source>Open the removal page of %1</source>
        <translation>Die Seite zum Austragen bei %1 öffnen</translation>
    </message>
    <message>
        <source>Open the lookup page of %1</source>
        <translation>Die Abfrageseite von %1 öffnen</translation>
    </message>
    <message>
        <source>The list says: %1</source>
        <translation>Die Liste sagt: %1</translation>
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
    <message>
        <source>DNS evidence: %1</source>
        <translation>DNS-Nachweise: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>   Fix: in box %1 below, with its Copy button</source>
        <translation>   Lösung: in Feld %1 unten, mit seiner Kopieren-Schaltfläche</translation>
    </message>
    <message>
        <source>Fix %1</source>
        <translation>Lösung %1</translation>
    </message>
    <message>
        <source>Copy fix %1</source>
        <translation>Lösung %1 kopieren</translation>
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
        <translation>Mai&amp;ldienst:</translation>
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
    <message>
        <source>It sends with its own envelope sender, so receivers check SPF at its bounce domain, not at yours: your SPF record needs no include for it, and DMARC passes through DKIM aligned with your domain.</source>
        <translation>Der Dienst sendet mit eigenem Umschlag-Absender, daher prüfen Empfänger SPF an seiner Bounce-Domain, nicht an Ihrer: Ihr SPF-Eintrag braucht kein include für ihn, und DMARC besteht über DKIM passend zu Ihrer Domain.</translation>
    </message>
    <message>
        <source>SPF: include:%1 in the record of your domain.</source>
        <translation>SPF: include:%1 im Eintrag Ihrer Domain.</translation>
    </message>
    <message>
        <source>You publish: %1</source>
        <translation>Sie veröffentlichen: %1</translation>
    </message>
    <message>
        <source>Submission: %1 port %2; the password is %3.</source>
        <translation>Einlieferung: %1 Port %2; das Passwort ist %3.</translation>
    </message>
    <message>
        <source>(Source: %1; not every detail could be confirmed there.)</source>
        <translation>(Quelle: %1; nicht jede Angabe ließ sich dort bestätigen.)</translation>
    </message>
    <message>
        <source>(Source: %1, checked %2.)</source>
        <translation>(Quelle: %1, geprüft am %2.)</translation>
    </message>
    <message>
        <source>To go on, type the relay&apos;s name into Relay host (or choose Direct delivery).</source>
        <translation>Zum Weitergehen den Namen des Relays unter Relay-Host eingeben (oder Direkte Zustellung wählen).</translation>
    </message>
    <message>
        <source>To go on, correct Relay host: HOST or HOST:PORT.</source>
        <translation>Zum Weitergehen Relay-Host korrigieren: HOST oder HOST:PORT.</translation>
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
    <message>
        <source>%1 cannot be used as a DKIM key: %2</source>
        <translation>%1 kann nicht als DKIM-Schlüssel verwendet werden: %2</translation>
    </message>
    <message>
        <source>Using the key in %1. %2</source>
        <translation>Der Schlüssel in %1 wird verwendet. %2</translation>
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
    <message>
        <source>Your server</source>
        <translation>Ihr Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>How mail leaves</source>
        <translation>Wie Mail hinausgeht</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Blocklisten</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Real message</source>
        <translation>Echte Nachricht</translation>
    </message>
</context>
<context>
    <name>mailready::ui::MessagePage</name>
    <message>
        <source>Steps checked on 2 December 2026 against: %1</source>
        <translation>Schritte geprüft am 2. Dezember 2026 anhand von: %1</translation>
    </message>
    <message>
        <source>Test with a real message</source>
        <translation>Mit einer echten Nachricht testen</translation>
    </message>
    <message>
        <source>DNS is half the story. Send a test message and see every threshold as the receiver saw it: the address your server connected from, the name it gave, and whether the message was signed.</source>
        <translation>DNS ist nur die halbe Wahrheit. Senden Sie eine Testnachricht und sehen Sie jede Schwelle so, wie der Empfänger sie gesehen hat: die Adresse, von der aus sich Ihr Server verbunden hat, den Namen, den er angegeben hat, und ob die Nachricht signiert war.</translation>
    </message>
    <message>
        <source>Paste the message source here (it starts with lines such as “Received: from …”).</source>
        <translation>Fügen Sie hier den Quelltext der Nachricht ein (er beginnt mit Zeilen wie „Received: from …“).</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Quelltext der Nachricht</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Check this message</source>
        <translation>Diese Nachricht &amp;prüfen</translation>
    </message>
    <message>
        <source>Paste a rejection you got</source>
        <translation>Eine erhaltene Ablehnung einfügen</translation>
    </message>
    <message>
        <source>Rejection or bounce</source>
        <translation>Ablehnung oder Unzustellbarkeitsmeldung</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>E&amp;rklären</translation>
    </message>
    <message>
        <source>Open the page that fixes it</source>
        <translation>Die Seite öffnen, auf der es sich beheben lässt</translation>
    </message>
    <message>
        <source>%1: not a rejection MailReady knows, so no threshold is guessed. Its text: %2</source>
        <translation>%1: keine Ablehnung, die MailReady kennt, daher wird keine Schwelle geraten. Ihr Text: %2</translation>
    </message>
    <message>
        <source>%1 from %2, about %3: %4</source>
        <translation>%1 von %2, betrifft %3: %4</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Source: %1 (not confirmed there: %2)</source>
        <translation>Quelle: %1 (dort nicht bestätigt: %2)</translation>
    </message>
    <message>
        <source>Source: %1 (checked %2)</source>
        <translation>Quelle: %1 (geprüft am %2)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the message&apos;s source first.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst den Quelltext der Nachricht.</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt *.msg);;All files (*)</source>
        <translation>Nachrichten (*.eml *.txt *.msg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This is larger than %1 MiB: not one message.</source>
        <translation>Das ist größer als %1 MiB: keine einzelne Nachricht.</translation>
    </message>
    <message>
        <source>%1 received it from %2</source>
        <translation>%1 hat die Nachricht von %2 empfangen</translation>
    </message>
    <message>
        <source>The receiver</source>
        <translation>Der Empfänger</translation>
    </message>
    <message>
        <source>, which introduced itself as %1</source>
        <translation>, die sich als %1 vorstellte</translation>
    </message>
    <message>
        <source>, without TLS.</source>
        <translation>, ohne TLS.</translation>
    </message>
    <message>
        <source>, over %1.</source>
        <translation>, über %1.</translation>
    </message>
    <message>
        <source>The receiver&apos;s own Received: line was not found, so the connection is not known.</source>
        <translation>Die eigene Received:-Zeile des Empfängers wurde nicht gefunden, daher ist die Verbindung nicht bekannt.</translation>
    </message>
    <message>
        <source>From %1. </source>
        <translation>Von %1. </translation>
    </message>
    <message>
        <source>1. From your mail server, send a test message to an address you own at another provider.
2. Open it there and copy its source, all of it:
   Gmail: the ⋮ (More) menu of the message, then “Show original”, then “Copy to clipboard” (or “Download original”).
   Outlook.com: the … (More actions) menu of the message, then “View”, then “View message source”.
   Thunderbird: select the message, then View → Message Source (Ctrl+U).
3. Paste it below, open the saved .eml file, or drop the file on this page.</source>
        <translation>1. Senden Sie von Ihrem Mailserver eine Testnachricht an eine eigene Adresse bei einem anderen Anbieter.
2. Öffnen Sie sie dort und kopieren Sie ihren Quelltext, vollständig:
   Gmail: das Menü ⋮ (Mehr) der Nachricht, dann „Show original“, dann „Copy to clipboard“ (oder „Download original“).
   Outlook.com: das Menü … (Weitere Aktionen) der Nachricht, dann „View“, dann „View message source“.
   Thunderbird: die Nachricht auswählen, dann View → Message Source (Strg+U).
3. Fügen Sie ihn unten ein, öffnen Sie die gespeicherte .eml-Datei oder ziehen Sie die Datei auf diese Seite.</translation>
    </message>
    <message>
        <source>A bounce message, or the line with the rejection (“550 5.7.1 …”).</source>
        <translation>Eine Unzustellbarkeitsmeldung oder die Zeile mit der Ablehnung („550 5.7.1 …“).</translation>
    </message>
    <message>
        <source>No SMTP rejection was found in this text (a reply such as “550 5.7.1 …”).</source>
        <translation>In diesem Text wurde keine SMTP-Ablehnung gefunden (eine Antwort wie „550 5.7.1 …“).</translation>
    </message>
    <message>
        <source>This is not a message&apos;s source: it should start with header lines such as “Received: from …” or “From: …”. Copy the whole original, not the shown text.</source>
        <translation>Das ist kein Quelltext einer Nachricht: Er sollte mit Kopfzeilen wie „Received: from …“ oder „From: …“ beginnen. Kopieren Sie das ganze Original, nicht den angezeigten Text.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
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
        <source>The zone file was not saved: %1.</source>
        <translation>Die Zonendatei wurde nicht gespeichert: %1.</translation>
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
    <message>
        <source>match</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>verfolgt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
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
    <name>mailready::ui::StepMap</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Every step of the setup with the status of its checks; activate one to go there.</source>
        <translation>Jeder Schritt der Einrichtung mit dem Status seiner Prüfungen; einen aktivieren, um dorthin zu gehen.</translation>
    </message>
    <message>
        <source>%1: checking</source>
        <translation>%1: wird geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <translation>%1 (aktueller Schritt)</translation>
    </message>
</context>
<context>
    <name>mailready::ui::VerdictBanner</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>All %1 checks on this page pass.</source>
        <translation>Alle %1 Prüfungen auf dieser Seite sind bestanden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
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
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;Source&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;Quelle&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the page for %1</source>
        <translation>Die Seite für %1 öffnen</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;(%2)&lt;/i&gt; &lt;a href=&quot;%3&quot;&gt;Source&lt;/a&gt;</source>
        <translation>%1 &lt;i&gt;(%2)&lt;/i&gt; &lt;a href=&quot;%3&quot;&gt;Quelle&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The rules shown under %1 apply here too.</source>
        <translation>Die Regeln unter %1 gelten auch hier.</translation>
    </message>
</context>
<context>
    <name>mailready::ui::WatchBox</name>
    <message>
        <source>Keep watching this domain</source>
        <translation>Diese Domain weiter beobachten</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Nicht mehr beobachten</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>every 6 hours</source>
        <translation>alle 6 Stunden</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>Runs these checks as you on a schedule and notifies the desktop when something gets worse: a new blocklist listing, a record gone or changed, a new address.</source>
        <translation>Führt diese Prüfungen regelmäßig als Ihr Benutzer aus und meldet auf dem Desktop, wenn etwas schlechter wird: ein neuer Blocklisteneintrag, ein verschwundener oder geänderter Eintrag, eine neue Adresse.</translation>
    </message>
    <message>
        <source>%1 is not watched.</source>
        <translation>%1 wird nicht beobachtet.</translation>
    </message>
    <message>
        <source>Watching %1 (%2); next run: %3.</source>
        <translation>%1 wird beobachtet (%2); nächste Prüfung: %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>Nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Without a desktop session the schedule runs only while you are logged in; &apos;loginctl enable-linger&apos; lets it run always.</source>
        <translation>Ohne Desktop-Sitzung läuft der Zeitplan nur, solange Sie angemeldet sind; mit &apos;loginctl enable-linger&apos; läuft er immer.</translation>
    </message>
    <message>
        <source>History:
%1</source>
        <translation>Verlauf:
%1</translation>
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
        <source>Nameservers: %1.</source>
        <translation>Nameserver: %1.</translation>
    </message>
    <message>
        <source>Server addresses: %1.</source>
        <translation>Serveradressen: %1.</translation>
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
