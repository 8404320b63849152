#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY; only DkimKey.cpp includes OpenSSL headers

namespace mailready::crypto {

// The key types DKIM knows: RSA (RFC 6376) and Ed25519 (RFC 8463).
enum class KeyType { Rsa, Ed25519 };
QString keyTypeName(KeyType type); // "rsa", "ed25519" (the k= values)
// The DKIM signing algorithm for a key type: "rsa-sha256" or "ed25519-sha256".
QString signingAlgorithm(KeyType type);

// What `dkim keygen --algorithm` offers.
enum class KeyAlgorithm { Rsa2048, Rsa3072, Rsa4096, Ed25519 };
std::optional<KeyAlgorithm> parseKeyAlgorithm(const QString& text); // "rsa-2048", ..., "ed25519"
QString keyAlgorithmName(KeyAlgorithm algorithm);

// A public key as DKIM publishes it. Copies share the underlying OpenSSL object (immutable once made).
class PublicKey
{
public:
    // From the decoded p= value: SubjectPublicKeyInfo DER for RSA, the raw 32 bytes for Ed25519 (RFC 8463 4.2).
    static std::optional<PublicKey> fromDkimData(KeyType type, const QByteArray& data, QString* error = nullptr);

    KeyType type() const { return m_type; }
    int bits() const; // RSA modulus size; 256 for Ed25519
    // The bytes whose base64 is the p= value.
    QByteArray dkimData() const;
    // rsa-sha256: RSASSA-PKCS1-v1_5 over SHA-256(data); ed25519-sha256: PureEdDSA over SHA-256(data) (RFC 8463 3).
    bool verify(const QByteArray& data, const QByteArray& signature) const;

    bool operator==(const PublicKey& other) const { return m_type == other.m_type && dkimData() == other.dkimData(); }

private:
    PublicKey(KeyType type, std::shared_ptr<evp_pkey_st> key) : m_type(type), m_key(std::move(key)) {}
    KeyType m_type = KeyType::Rsa;
    std::shared_ptr<evp_pkey_st> m_key;
    friend class PrivateKey;
};

// A DKIM signing key. Its PEM text is only ever written to a key file, never logged or printed.
class PrivateKey
{
public:
    // Makes a new key. When `cancelled` is given and becomes true while an RSA key is being made, the generation
    // stops early and nullopt is returned (error: "cancelled").
    static std::optional<PrivateKey> generate(KeyAlgorithm algorithm, QString* error = nullptr,
                                              const std::atomic_bool* cancelled = nullptr);
    // PKCS#8 ("PRIVATE KEY") or traditional RSA ("RSA PRIVATE KEY") PEM; unencrypted.
    static std::optional<PrivateKey> fromPem(const QByteArray& pem, QString* error = nullptr);
    static std::optional<PrivateKey> readFile(const QString& path, QString* error = nullptr);
    // An Ed25519 key from its 32-byte seed (RFC 8032 5.1.5), as RFC 8463 A.1 prints it.
    static std::optional<PrivateKey> fromEd25519Seed(const QByteArray& seed, QString* error = nullptr);

    KeyType type() const { return m_type; }
    int bits() const;
    QByteArray toPkcs8Pem() const;
    PublicKey publicKey() const;
    // See PublicKey::verify for what is signed. Empty on failure.
    QByteArray sign(const QByteArray& data) const;

private:
    PrivateKey(KeyType type, std::shared_ptr<evp_pkey_st> key) : m_type(type), m_key(std::move(key)) {}
    static std::optional<PrivateKey> adopt(evp_pkey_st* key, QString* error);
    KeyType m_type = KeyType::Rsa;
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace mailready::crypto
