using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>Turns a design's content into the JSON frozen in a version, and back; the hash proves the text was not altered.</summary>
public static class DesignSnapshot
{
    // The same JSON form as the stored steps, so a frozen version reads exactly like the live design.
    private static readonly JsonSerializerOptions _options = DesignContentJson.Options;

    public static JsonSerializerOptions Options => _options;

    public static string Serialize(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return JsonSerializer.Serialize(content, _options);
    }

    public static DesignContent Deserialize(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return JsonSerializer.Deserialize<DesignContent>(json, _options)
            ?? throw new DomainException("The frozen version could not be read.");
    }

    /// <summary>Upper-case hex SHA-256 of the UTF-8 JSON.</summary>
    public static string Hash(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
