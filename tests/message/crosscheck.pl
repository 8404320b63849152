#!/usr/bin/perl
# Verifies every DKIM signature of a message with Perl's Mail::DKIM (libmail-dkim-perl), an independent verifier,
# its DNS pointed at the test NSD on loopback. Prints one line per signature: "DOMAIN SELECTOR RESULT".
#   crosscheck.pl PORT MESSAGEFILE
use strict;
use warnings;
use Mail::DKIM::Verifier;
use Net::DNS::Resolver;

my ($port, $file) = @ARGV;
Mail::DKIM::DNS::resolver(Net::DNS::Resolver->new(nameservers => ['127.0.0.1'], port => $port, recurse => 0,
                                                  udp_timeout => 3, tcp_timeout => 3, retry => 1));
open(my $fh, '<', $file) or die "cannot read $file: $!";
binmode $fh;
my $verifier = Mail::DKIM::Verifier->new();
while (my $line = <$fh>) {
    $line =~ s/\r?\n\z/\r\n/;
    $verifier->PRINT($line);
}
$verifier->CLOSE;
foreach my $sig ($verifier->signatures) {
    next unless $sig->isa('Mail::DKIM::Signature');
    printf "%s %s %s\n", lc($sig->domain // ''), lc($sig->selector // ''), $sig->result // 'none';
}
