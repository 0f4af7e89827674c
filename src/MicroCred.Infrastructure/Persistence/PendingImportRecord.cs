namespace MicroCred.Infrastructure.Persistence;

/// <summary>
/// A previewed learner import waiting for its uploader to confirm or cancel it. It lives in the database, not on one
/// portal instance's disk, so that the preview and the confirmation may reach different instances. The preview is kept
/// as JSON exactly as it was parsed; the confirmation never trusts data sent back by the browser.
/// </summary>
public sealed class PendingImportRecord
{
    public const int FileNameMaxLength = 260;

    /// <summary>SHA-256 of the random id in the preview's address (SecretToken.Hash), so the table never holds the id itself.</summary>
    public required string IdHash { get; init; }

    public Guid CohortId { get; init; }

    public Guid UserId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public required string FileName { get; init; }

    public required string PreviewJson { get; init; }
}
