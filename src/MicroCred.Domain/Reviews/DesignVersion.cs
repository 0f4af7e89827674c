using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Reviews;

/// <summary>
/// A frozen, numbered snapshot of a design submitted to a quality gate. The content and its hash never change;
/// only the gate outcome is filled in once, when the reviewer decides.
/// </summary>
public sealed class DesignVersion
{
    private DesignVersion()
    {
    }

    internal DesignVersion(Guid designId, int number, Gate gate, Actor submittedBy, DateTimeOffset now, string contentJson)
    {
        Id = Guid.NewGuid();
        DesignId = designId;
        Number = number;
        Gate = gate;
        SubmittedById = submittedBy.UserId;
        SubmittedByName = submittedBy.Name;
        SubmittedAt = now;
        ContentJson = contentJson;
        ContentHash = DesignSnapshot.Hash(contentJson);
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }
    public int Number { get; private set; }
    public Gate Gate { get; private set; }
    public Guid SubmittedById { get; private set; }
    public string SubmittedByName { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public string ContentJson { get; private set; } = "";
    public string ContentHash { get; private set; } = "";

    /// <summary>For a version submitted from a revision of a published course: minor (G3 only) or major (G1–G3 again).</summary>
    public Evaluations.RevisionKind? RevisionKind { get; internal init; }

    /// <summary>Null while the version is under review.</summary>
    public DecisionOutcome? Outcome { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsUnderReview => Outcome is null;

    public bool IsRejected => Outcome == DecisionOutcome.Rejected;

    public Designs.DesignContent ReadContent() => DesignSnapshot.Deserialize(ContentJson);

    /// <summary>True when the stored JSON still matches the hash taken at submission.</summary>
    public bool IsIntact() => string.Equals(DesignSnapshot.Hash(ContentJson), ContentHash, StringComparison.Ordinal);

    internal void RecordOutcome(DecisionOutcome outcome, DateTimeOffset now)
    {
        if (Outcome is not null)
        {
            throw new DomainException($"Version {Number} was already decided ({ReviewText.Outcome(Outcome.Value)}).");
        }

        Outcome = outcome;
        DecidedAt = now;
    }
}
