#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Reads structured values off the fuzzer's bytes: fixed-size values from the front, the rest as one blob.
namespace mailready::fuzz {

class FuzzInput
{
public:
    FuzzInput(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}

    bool empty() const { return m_pos >= m_size; }
    size_t remaining() const { return m_size - m_pos; }

    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    uint16_t u16() { return static_cast<uint16_t>(byte() << 8 | byte()); }
    uint32_t u32() { return uint32_t(u16()) << 16 | u16(); }
    // Up to `max` bytes, its length taken from one byte of input.
    QByteArray shortBytes(size_t max = 255)
    {
        const size_t n = qMin<size_t>(qMin<size_t>(byte(), max), remaining());
        const QByteArray out(reinterpret_cast<const char*>(m_data + m_pos), static_cast<qsizetype>(n));
        m_pos += n;
        return out;
    }
    QByteArray rest()
    {
        const QByteArray out(reinterpret_cast<const char*>(m_data + m_pos), static_cast<qsizetype>(remaining()));
        m_pos = m_size;
        return out;
    }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
};

// A broken invariant: print what and stop, so the fuzzer records the input as a finding.
[[noreturn]] inline void invariantBroken(const char* what, const QByteArray& detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s %s\n", what, detail.constData());
    std::abort();
}

} // namespace mailready::fuzz
