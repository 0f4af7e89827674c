namespace MicroCred.Documents.Layout;

/// <summary>
/// Signature lines side by side (up to three per row), each with the signatory's name and role
/// underneath. Never split across pages.
/// </summary>
public sealed record SignatureBlock : Block
{
    public SignatureBlock(IReadOnlyList<Signatory> signatories)
    {
        ArgumentNullException.ThrowIfNull(signatories);
        if (signatories.Count == 0 || signatories.Any(s => s is null))
        {
            throw new ArgumentException("At least one signatory, none null.", nameof(signatories));
        }

        Signatories = signatories;
    }

    public IReadOnlyList<Signatory> Signatories { get; }
}

/// <summary>A person signing: name and role (for example "Dean, Faculty of Science"), optional place/date line.</summary>
public sealed record Signatory
{
    public Signatory(string name, string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(role);
        Name = name;
        Role = role;
    }

    public string Name { get; }

    public string Role { get; }

    public string? PlaceAndDate { get; init; }
}
