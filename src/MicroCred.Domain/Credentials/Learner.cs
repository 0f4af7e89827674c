namespace MicroCred.Domain.Credentials;

/// <summary>The facts about a learner that a person or an import supplies.</summary>
public sealed record LearnerDetails(
    string GivenNames,
    string FamilyName,
    string LearnerIdentifier,
    DateOnly? DateOfBirth,
    string? Email,
    LearnerResult? Result,
    decimal? Grade,
    DateOnly? CompletedOn);

/// <summary>A learner in a cohort with their result. Changed only through <see cref="Cohort"/>, which checks the rules.</summary>
public sealed class Learner
{
    public const int NameMaxLength = 100;
    public const int IdentifierMaxLength = 50;
    public const int EmailMaxLength = 254;

    private Learner()
    {
    }

    internal Learner(Guid cohortId, LearnerDetails details, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        CohortId = cohortId;
        CreatedAt = now;
        Apply(details, now);
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public string GivenNames { get; private set; } = "";
    public string FamilyName { get; private set; } = "";

    /// <summary>The learner's identifier at the issuing institution (student number), unique within the cohort.</summary>
    public string LearnerIdentifier { get; private set; } = "";

    /// <summary>Upper-case form of <see cref="LearnerIdentifier"/> for the unique index, so "s123" and "S123" count as the same learner.</summary>
    public string IdentifierKey { get; private set; } = "";

    public DateOnly? DateOfBirth { get; private set; }
    public string? Email { get; private set; }

    /// <summary>Null until the result is known; results can only be finalised when every learner has one.</summary>
    public LearnerResult? Result { get; private set; }

    /// <summary>Grade on the design's common scale (W13); only for assessed learners.</summary>
    public decimal? Grade { get; private set; }

    public DateOnly? CompletedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token: changes on every edit.</summary>
    public Guid Version { get; private set; }

    public string FullName => $"{GivenNames} {FamilyName}".Trim();

    public static string KeyOf(string identifier) => (identifier ?? "").Trim().ToUpperInvariant();

    internal void Apply(LearnerDetails details, DateTimeOffset now)
    {
        GivenNames = details.GivenNames.Trim();
        FamilyName = details.FamilyName.Trim();
        LearnerIdentifier = details.LearnerIdentifier.Trim();
        IdentifierKey = KeyOf(details.LearnerIdentifier);
        DateOfBirth = details.DateOfBirth;
        Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        Result = details.Result;
        Grade = details.Grade;
        CompletedOn = details.CompletedOn;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
