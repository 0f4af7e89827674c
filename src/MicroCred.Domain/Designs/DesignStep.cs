namespace MicroCred.Domain.Designs;

/// <summary>
/// The stored state of one wizard step of one design: its content (a JSON document of the step's content class),
/// whether the team marked it complete, who changed it last, and its own concurrency token — so two people can
/// work on different steps at the same time, and a stale save of the same step is refused.
/// </summary>
public sealed class DesignStep
{
    private DesignStep()
    {
    }

    public DesignStep(Guid designId, WizardStep step)
    {
        DesignId = designId;
        Step = step;
        ContentJson = "{}";
        Version = Guid.NewGuid();
    }

    public Guid DesignId { get; private set; }
    public WizardStep Step { get; private set; }
    public string ContentJson { get; private set; } = "{}";
    public bool MarkedComplete { get; private set; }
    public Guid? LastEditedById { get; private set; }
    public DateTimeOffset? LastEditedAt { get; private set; }
    public Guid Version { get; private set; }

    public bool EverSaved => LastEditedAt is not null;

    /// <summary>A copy of this row to change and save: a row read once may be shared, read-only, by several requests.</summary>
    public DesignStep Copy() => new()
    {
        DesignId = DesignId,
        Step = Step,
        ContentJson = ContentJson,
        MarkedComplete = MarkedComplete,
        LastEditedById = LastEditedById,
        LastEditedAt = LastEditedAt,
        Version = Version,
    };

    public void Save(string contentJson, bool markedComplete, Guid userId, DateTimeOffset now)
    {
        ContentJson = contentJson;
        MarkedComplete = markedComplete;
        LastEditedById = userId;
        LastEditedAt = now;
        Version = Guid.NewGuid();
    }
}

/// <summary>One entry of a design's history: who changed what, when.</summary>
public sealed class DesignChange
{
    public const int SummaryMaxLength = 2000;

    private DesignChange()
    {
    }

    public DesignChange(Guid designId, WizardStep? step, Guid userId, DateTimeOffset at, string summary)
    {
        Id = Guid.NewGuid();
        DesignId = designId;
        Step = step;
        UserId = userId;
        At = at;
        Summary = summary.Length > SummaryMaxLength ? summary[..(SummaryMaxLength - 1)] + "…" : summary;
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }
    public WizardStep? Step { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Summary { get; private set; } = "";
}
