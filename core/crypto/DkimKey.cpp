#include "DkimKey.h"

#include "util/RegularFile.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace mailready::crypto {

namespace {

struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

std::shared_ptr<EVP_PKEY> own(EVP_PKEY* key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

QString opensslError(const QString& what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return what;
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QStringLiteral("%1 (%2)").arg(what, QString::fromLatin1(buffer));
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(digest.data()),
                   &length, EVP_sha256(), nullptr) != 1)
        return {};
    digest.resize(length);
    return digest;
}

std::optional<KeyType> typeOf(const EVP_PKEY* key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return KeyType::Rsa;
    case EVP_PKEY_ED25519:
        return KeyType::Ed25519;
    default:
        return std::nullopt;
    }
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

} // namespace

QString keyTypeName(KeyType type)
{
    return type == KeyType::Rsa ? QStringLiteral("rsa") : QStringLiteral("ed25519");
}

QString signingAlgorithm(KeyType type)
{
    return type == KeyType::Rsa ? QStringLiteral("rsa-sha256") : QStringLiteral("ed25519-sha256");
}

std::optional<KeyAlgorithm> parseKeyAlgorithm(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("rsa-2048") || t == QLatin1String("rsa"))
        return KeyAlgorithm::Rsa2048;
    if (t == QLatin1String("rsa-3072"))
        return KeyAlgorithm::Rsa3072;
    if (t == QLatin1String("rsa-4096"))
        return KeyAlgorithm::Rsa4096;
    if (t == QLatin1String("ed25519"))
        return KeyAlgorithm::Ed25519;
    return std::nullopt;
}

QString keyAlgorithmName(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        return QStringLiteral("rsa-2048");
    case KeyAlgorithm::Rsa3072:
        return QStringLiteral("rsa-3072");
    case KeyAlgorithm::Rsa4096:
        return QStringLiteral("rsa-4096");
    case KeyAlgorithm::Ed25519:
        break;
    }
    return QStringLiteral("ed25519");
}

// ---------------------------------------------------------------------------------------------- PublicKey

std::optional<PublicKey> PublicKey::fromDkimData(KeyType type, const QByteArray& data, QString* error)
{
    if (type == KeyType::Ed25519) {
        if (data.size() != 32) {
            setError(error, QCoreApplication::translate(
                                "DkimKey", "an Ed25519 key is 32 bytes (44 base64 characters), this one is %1 bytes")
                                .arg(data.size()));
            return std::nullopt;
        }
        EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(data), 32);
        if (!key) {
            setError(error, opensslError(QCoreApplication::translate("DkimKey", "the Ed25519 key cannot be loaded")));
            return std::nullopt;
        }
        return PublicKey(type, own(key));
    }
    const unsigned char* p = bytes(data);
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &p, static_cast<long>(data.size()));
    if (!key || p != bytes(data) + data.size()) {
        if (key)
            EVP_PKEY_free(key);
        setError(error, opensslError(
                            QCoreApplication::translate("DkimKey", "the key data is not a DER SubjectPublicKeyInfo")));
        return std::nullopt;
    }
    auto owned = own(key);
    if (typeOf(key) != KeyType::Rsa) {
        setError(error, QCoreApplication::translate("DkimKey", "the key data holds a key of another type than RSA"));
        return std::nullopt;
    }
    return PublicKey(type, owned);
}

int PublicKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

QByteArray PublicKey::dkimData() const
{
    if (m_type == KeyType::Ed25519) {
        QByteArray raw(32, Qt::Uninitialized);
        size_t length = 32;
        if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(raw.data()), &length) != 1)
            return {};
        raw.resize(static_cast<qsizetype>(length));
        return raw;
    }
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(m_key.get(), &der);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return result;
}

bool PublicKey::verify(const QByteArray& data, const QByteArray& signature) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return false;
    bool ok = false;
    if (m_type == KeyType::Ed25519) {
        const QByteArray digest = sha256(data);
        ok = EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) == 1 &&
             EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()), bytes(digest),
                              static_cast<size_t>(digest.size())) == 1;
    } else {
        ok = EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
             EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()), bytes(data),
                              static_cast<size_t>(data.size())) == 1;
    }
    ERR_clear_error();
    return ok;
}

// ---------------------------------------------------------------------------------------------- PrivateKey

std::optional<PrivateKey> PrivateKey::adopt(EVP_PKEY* key, QString* error)
{
    if (!key) {
        setError(error, opensslError(QCoreApplication::translate("DkimKey", "no private key could be read")));
        return std::nullopt;
    }
    auto owned = own(key);
    const auto type = typeOf(key);
    if (!type) {
        setError(error, QCoreApplication::translate(
                            "DkimKey", "the key is neither RSA nor Ed25519, the two key types DKIM knows"));
        return std::nullopt;
    }
    return PrivateKey(*type, owned);
}

std::optional<PrivateKey> PrivateKey::generate(KeyAlgorithm algorithm, QString* error,
                                               const std::atomic_bool* cancelled)
{
    const bool rsa = algorithm != KeyAlgorithm::Ed25519;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "ED25519", nullptr), EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) <= 0) {
        setError(error, opensslError(QStringLiteral("no key generator")));
        return std::nullopt;
    }
    unsigned bits = 0;
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048:
        bits = 2048;
        break;
    case KeyAlgorithm::Rsa3072:
        bits = 3072;
        break;
    case KeyAlgorithm::Rsa4096:
        bits = 4096;
        break;
    case KeyAlgorithm::Ed25519:
        break;
    }
    if (rsa && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), static_cast<int>(bits)) <= 0) {
        setError(error, opensslError(QStringLiteral("no key generator")));
        return std::nullopt;
    }
    if (cancelled) {
        // OpenSSL calls back while it searches for primes; a callback returning 0 ends the generation.
        EVP_PKEY_CTX_set_app_data(ctx.get(), const_cast<std::atomic_bool*>(cancelled));
        EVP_PKEY_CTX_set_cb(ctx.get(), [](EVP_PKEY_CTX* c) -> int {
            return static_cast<const std::atomic_bool*>(EVP_PKEY_CTX_get_app_data(c))->load() ? 0 : 1;
        });
    }
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_keygen(ctx.get(), &key) <= 0) {
        EVP_PKEY_free(key);
        if (cancelled && cancelled->load()) {
            ERR_clear_error();
            setError(error, QStringLiteral("cancelled"));
            return std::nullopt;
        }
        setError(error, opensslError(QStringLiteral("the key could not be made")));
        return std::nullopt;
    }
    return adopt(key, error);
}

std::optional<PrivateKey> PrivateKey::fromPem(const QByteArray& pem, QString* error)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    if (!bio) {
        setError(error, opensslError(QCoreApplication::translate("DkimKey", "out of memory")));
        return std::nullopt;
    }
    // A null password callback with an empty passphrase: encrypted keys fail instead of prompting on the terminal.
    char empty[] = "";
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, empty);
    if (!key) {
        setError(error,
                 opensslError(QCoreApplication::translate("DkimKey", "the file holds no unencrypted PEM private key")));
        return std::nullopt;
    }
    return adopt(key, error);
}

std::optional<PrivateKey> PrivateKey::readFile(const QString& path, QString* error)
{
    // A PEM key is a few kilobytes; a megabyte leaves room for a bundle with a certificate chain.
    const auto pem = util::readRegularFile(path, 1024 * 1024, error);
    if (!pem)
        return std::nullopt;
    return fromPem(*pem, error);
}

std::optional<PrivateKey> PrivateKey::fromEd25519Seed(const QByteArray& seed, QString* error)
{
    if (seed.size() != 32) {
        setError(error, QCoreApplication::translate("DkimKey", "an Ed25519 seed is 32 bytes"));
        return std::nullopt;
    }
    return adopt(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), 32), error);
}

int PrivateKey::bits() const
{
    return EVP_PKEY_get_bits(m_key.get());
}

QByteArray PrivateKey::toPkcs8Pem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    QByteArray pem(data, static_cast<qsizetype>(length));
    return pem;
}

PublicKey PrivateKey::publicKey() const
{
    // Re-derive from the encoded public half so the PublicKey never holds private material.
    PublicKey tmp(m_type, m_key);
    const QByteArray data = tmp.dkimData();
    auto key = PublicKey::fromDkimData(m_type, data);
    return key ? *key : tmp;
}

QByteArray PrivateKey::sign(const QByteArray& data) const
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return {};
    const bool ed = m_type == KeyType::Ed25519;
    const QByteArray input = ed ? sha256(data) : data;
    if (EVP_DigestSignInit(ctx.get(), nullptr, ed ? nullptr : EVP_sha256(), nullptr, m_key.get()) != 1)
        return {};
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, bytes(input), static_cast<size_t>(input.size())) != 1)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes(input),
                       static_cast<size_t>(input.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

} // namespace mailready::crypto
