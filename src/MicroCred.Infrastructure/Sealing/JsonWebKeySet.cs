using System.Buffers.Text;
using System.Text.Json;

namespace MicroCred.Infrastructure.Sealing;

/// <summary>An institution's public keys as a JWK set (RFC 7517): EC P-256, each with its kid and its seal certificate in x5c.</summary>
public static class JsonWebKeySet
{
    public const string MediaType = "application/jwk-set+json";

    public static byte[] Write(IEnumerable<PublishedSealingKey> keys)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            foreach (var key in keys)
            {
                WriteKey(json, key);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>One public JWK (for an issuer profile that embeds its key, for instance).</summary>
    public static void WriteKey(Utf8JsonWriter json, PublishedSealingKey key)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(key);
        var publicKey = SealingKeyMaterial.PublicKeyOf(key.Certificate);
        json.WriteStartObject();
        json.WriteString("kty", "EC");
        json.WriteString("crv", "P-256");
        json.WriteString("x", Base64Url.EncodeToString(publicKey.Q.X));
        json.WriteString("y", Base64Url.EncodeToString(publicKey.Q.Y));
        json.WriteString("kid", key.KeyId);
        json.WriteString("use", "sig");
        json.WriteString("alg", "ES256");
        json.WriteStartArray("x5c");
        json.WriteStringValue(Convert.ToBase64String(key.Certificate));
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
