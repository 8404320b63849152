#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "checks/publicip/IpEchoSource.h"

namespace mailready::fuzz {

// Whatever an HTTP echo endpoint (or a captive portal, a proxy, anyone on the path of plain HTTP) sends back before
// it closes: an address only from a 200 answer whose body is one address, otherwise a short, printable reason that
// the report and the terminal can show as it is.
int fuzzHttpEcho(const uint8_t* data, size_t size)
{
    if (size > size_t(checks::kHttpEchoLimit) + 16)
        return 0;
    const QByteArray response(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const checks::HttpEchoReading r = checks::readHttpEchoResponse(response);
    if (r.address) {
        if (!r.error.isEmpty())
            invariantBroken("an address and an error");
        if (r.address->isNull())
            invariantBroken("a null address");
        if (!response.startsWith("HTTP/"))
            invariantBroken("an address from something that is not HTTP");
        const qsizetype headerEnd = response.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            invariantBroken("an address without the end of the headers");
        const QByteArray statusLine = response.left(response.indexOf("\r\n"));
        if (statusLine.split(' ').value(1) != "200")
            invariantBroken("an address from a status other than 200", statusLine.left(200));
        const auto body = checks::parseEchoBody(response.mid(headerEnd + 4));
        if (!body || *body != *r.address)
            invariantBroken("the address is not the body's");
        return 0;
    }
    if (r.error.isEmpty())
        invariantBroken("neither an address nor an error");
    if (r.error.size() > 200)
        invariantBroken("an error too long to show", r.error.left(200).toUtf8());
    for (const QChar c : r.error)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            invariantBroken("a control character in the error", r.error.toUtf8().toHex());
    return 0;
}

} // namespace mailready::fuzz
