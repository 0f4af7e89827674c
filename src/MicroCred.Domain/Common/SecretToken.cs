using System.Security.Cryptography;
using System.Text;

namespace MicroCred.Domain;

/// <summary>Random one-time link tokens: the plain token goes into the link, only its SHA-256 hash is stored.</summary>
public static class SecretToken
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
