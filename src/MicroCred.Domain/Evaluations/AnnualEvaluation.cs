using System.Globalization;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Evaluations;

/// <summary>What the team records in the body of an evaluation (everything except partners and actions).</summary>
public sealed record EvaluationRecord(string? Findings, string? StakeholderFeedback, int? ActualLearners, decimal? ActualIncome, string? BusinessNotes);

/// <summary>A partner's answer to "do you continue with the course?".</summary>
public enum PartnerAnswer
{
    NotYetAsked,
    Continues,
    Withdraws,
}

/// <summary>What became of an improvement action.</summary>
public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}

/// <summary>What the team enters for an improvement action.</summary>
public sealed record ActionDetails(string Title, Guid OwnerId, string OwnerName, DateOnly Deadline, ActionStatus Status, IReadOnlyList<WizardStep> Steps, string? FollowUp);

/// <summary>
/// The annual evaluation of a published course (DOMAIN.md 4.3, W20 AnnualEvaluationMonth): the team's findings across the
/// runs of the year, the business-plan review with actual learners and income, each partner's confirmation that it
/// continues, stakeholder feedback and an improvement plan. QA officers of the partner institutions comment on it; the
/// lead institution's QA officer signs it off, after which nothing changes. Open actions carry over to the next year's
/// evaluation as copies, so a signed-off evaluation keeps showing what was true when it was signed.
/// </summary>
public sealed class AnnualEvaluation
{
    public const int TextMaxLength = 8000;
    public const int ActionTitleMaxLength = 300;
    public const int CommentMaxLength = 4000;
    public const int NameMaxLength = 200;

    private readonly List<PartnerConfirmation> _partners = [];
    private readonly List<ImprovementAction> _actions = [];
    private readonly List<EvaluationComment> _comments = [];

    private AnnualEvaluation()
    {
    }

    public Guid Id { get; private set; }
    public Guid DesignId { get; private set; }

    /// <summary>The calendar year evaluated (the runs that ended in it).</summary>
    public int Year { get; private set; }

    /// <summary>The published version evaluated; its business plan is the plan the actual figures are read against.</summary>
    public int VersionNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedById { get; private set; }
    public string CreatedByName { get; private set; } = "";

    public string? Findings { get; private set; }
    public string? StakeholderFeedback { get; private set; }
    public int? ActualLearners { get; private set; }
    public decimal? ActualIncome { get; private set; }
    public string? BusinessNotes { get; private set; }

    public DateTimeOffset? SignedOffAt { get; private set; }
    public Guid? SignedOffById { get; private set; }
    public string? SignedOffByName { get; private set; }

    /// <summary>When the team leader opened the revision of the design from this evaluation.</summary>
    public DateTimeOffset? RevisionOpenedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token: changes on every edit, comment and the sign-off.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<PartnerConfirmation> Partners => _partners;
    public IReadOnlyList<ImprovementAction> Actions => _actions;
    public IReadOnlyList<EvaluationComment> Comments => _comments;

    public bool IsSignedOff => SignedOffAt is not null;

    /// <summary>
    /// A member of the team starts the evaluation of a year on the published version. Every partner institution gets a
    /// row to confirm; the open actions of the previous evaluation are carried over.
    /// </summary>
    public static AnnualEvaluation Start(CourseDesign design, int publishedVersion, int year,
        IEnumerable<(Guid InstitutionId, string Name)> partnerInstitutions, AnnualEvaluation? previous, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(partnerInstitutions);
        ArgumentNullException.ThrowIfNull(by);
        if (!design.IsMember(by.UserId))
        {
            throw new DomainException("Only the course team can start an annual evaluation.");
        }

        if (!design.HasPublishedVersion || publishedVersion < 1)
        {
            throw new DomainException("Only a published course is evaluated each year.");
        }

        if (year is < 2000 or > 2100)
        {
            throw new DomainException("Enter the year evaluated, for example 2027.");
        }

        if (previous is not null && (previous.DesignId != design.Id || previous.Year >= year))
        {
            throw new DomainException("The previous evaluation must be of this course and of an earlier year.");
        }

        var evaluation = new AnnualEvaluation
        {
            Id = Guid.NewGuid(),
            DesignId = design.Id,
            Year = year,
            VersionNumber = publishedVersion,
            CreatedAt = now,
            CreatedById = by.UserId,
            CreatedByName = by.Name,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        foreach (var (institutionId, name) in partnerInstitutions.DistinctBy(p => p.InstitutionId))
        {
            evaluation._partners.Add(new PartnerConfirmation(evaluation.Id, institutionId, name));
        }

        foreach (var open in previous?.Actions.Where(a => a.IsOpen) ?? [])
        {
            evaluation._actions.Add(ImprovementAction.CarryOver(evaluation.Id, open));
        }

        return evaluation;
    }

    /// <summary>The team records findings, the business review and stakeholder feedback.</summary>
    public void Record(CourseDesign design, Actor by, EvaluationRecord record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        EnsureTeamMayChange(design, by);
        if (record.ActualLearners is < 0)
        {
            throw new DomainException("The number of learners cannot be negative.");
        }

        if (record.ActualIncome is < 0)
        {
            throw new DomainException("The income cannot be negative.");
        }

        Findings = Clean(record.Findings);
        StakeholderFeedback = Clean(record.StakeholderFeedback);
        ActualLearners = record.ActualLearners;
        ActualIncome = record.ActualIncome;
        BusinessNotes = Clean(record.BusinessNotes);
        Changed(now);
    }

    /// <summary>The team records a partner's answer, who gave it at the partner and on which day.</summary>
    public void ConfirmPartner(CourseDesign design, Actor by, Guid institutionId, PartnerAnswer answer, string? confirmedBy, DateOnly? confirmedOn, string? note, DateTimeOffset now)
    {
        EnsureTeamMayChange(design, by);
        var row = _partners.SingleOrDefault(p => p.InstitutionId == institutionId)
            ?? throw new DomainException("This institution is not a partner of the course.");
        row.Set(answer, confirmedBy, confirmedOn, note);
        Changed(now);
    }

    public ImprovementAction AddAction(CourseDesign design, Actor by, ActionDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureTeamMayChange(design, by);
        EnsureOwnerOnTeam(design, details);
        var action = new ImprovementAction(Id, details);
        _actions.Add(action);
        Changed(now);
        return action;
    }

    public void UpdateAction(CourseDesign design, Actor by, Guid actionId, ActionDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureTeamMayChange(design, by);
        EnsureOwnerOnTeam(design, details);
        var action = _actions.SingleOrDefault(a => a.Id == actionId) ?? throw new DomainException("This action is not part of the evaluation.");
        action.Update(details);
        Changed(now);
    }

    /// <summary>The team or a QA officer of a partner institution adds to the evaluation's discussion.</summary>
    public EvaluationComment Comment(CourseDesign design, Actor by, bool isPartnerQaOfficer, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureSameDesign(design);
        EnsureOpen();
        var team = design.IsMember(by.UserId);
        if (!team && !(isPartnerQaOfficer && by.IsQaOfficer))
        {
            throw new DomainException("Only the course team and the quality assurance officers of the partner institutions can comment.");
        }

        var clean = Clean(text) ?? throw new DomainException("Write a comment.");
        if (clean.Length > CommentMaxLength)
        {
            throw new DomainException($"A comment can have at most {CommentMaxLength} characters.");
        }

        var comment = new EvaluationComment(Id, by, team ? "Course team" : "Quality assurance", clean, now);
        _comments.Add(comment);
        Changed(now);
        return comment;
    }

    /// <summary>Why the lead institution's QA officer cannot sign off yet, or an empty list when they can.</summary>
    public IReadOnlyList<string> MissingForSignOff()
    {
        var missing = new List<string>();
        if (Findings is null)
        {
            missing.Add("The team has not recorded its findings.");
        }

        if (ActualLearners is null)
        {
            missing.Add("The business-plan review needs the actual number of learners.");
        }

        foreach (var p in _partners.Where(p => p.Answer == PartnerAnswer.NotYetAsked))
        {
            missing.Add($"{p.InstitutionName} has not confirmed whether it continues.");
        }

        return missing;
    }

    /// <summary>A QA officer of the lead institution, off the team, signs the evaluation off; from then on it is frozen.</summary>
    public TimelineEntry SignOff(CourseDesign design, Actor officer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        EnsureSameDesign(design);
        EnsureOpen();
        if (!officer.IsQaOfficer || officer.InstitutionId != design.LeadInstitutionId || design.IsMember(officer.UserId))
        {
            throw new DomainException("Only a quality assurance officer of the lead institution who is not on the course team can sign off the evaluation.");
        }

        var missing = MissingForSignOff();
        if (missing.Count > 0)
        {
            throw new DomainException("The evaluation cannot be signed off yet: " + string.Join(" ", missing));
        }

        SignedOffAt = now;
        SignedOffById = officer.UserId;
        SignedOffByName = officer.Name;
        Changed(now);
        var open = _actions.Count(a => a.IsOpen);
        return TimelineEntry.Create(DesignId, TimelineEvent.EvaluationSignedOff, officer, now,
            string.Create(CultureInfo.InvariantCulture, $"Annual evaluation {Year} of version {VersionNumber} signed off by {officer.Name}; {_actions.Count} improvement action{(_actions.Count == 1 ? "" : "s")}, {open} open."),
            VersionNumber);
    }

    /// <summary>The team leader opened a revision of the design from this evaluation (possible before or after sign-off).</summary>
    public void MarkRevisionOpened(DateTimeOffset now)
    {
        RevisionOpenedAt ??= now;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    private void EnsureTeamMayChange(CourseDesign design, Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureSameDesign(design);
        EnsureOpen();
        if (!design.IsMember(by.UserId))
        {
            throw new DomainException("Only the course team can change the evaluation.");
        }
    }

    private static void EnsureOwnerOnTeam(CourseDesign design, ActionDetails details)
    {
        if (!design.IsMember(details.OwnerId))
        {
            throw new DomainException("The owner of an action must be on the course team.");
        }
    }

    private void EnsureSameDesign(CourseDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.Id != DesignId)
        {
            throw new DomainException("This evaluation belongs to another course.");
        }
    }

    /// <summary>Why nothing can change any more, or null while the evaluation is open.</summary>
    public string? FrozenBecause => IsSignedOff
        ? $"The evaluation {Year} was signed off by {SignedOffByName} on {MicroCred.Domain.Dates.Long(SignedOffAt!.Value)}; nothing in it can change any more."
        : null;

    private void EnsureOpen()
    {
        if (IsSignedOff)
        {
            throw new DomainException(FrozenBecause!);
        }
    }

    private void Changed(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One partner institution's confirmation that it continues with the course.</summary>
public sealed class PartnerConfirmation
{
    private PartnerConfirmation()
    {
    }

    internal PartnerConfirmation(Guid evaluationId, Guid institutionId, string institutionName)
    {
        Id = Guid.NewGuid();
        EvaluationId = evaluationId;
        InstitutionId = institutionId;
        InstitutionName = institutionName;
        Answer = PartnerAnswer.NotYetAsked;
    }

    public Guid Id { get; private set; }
    public Guid EvaluationId { get; private set; }
    public Guid InstitutionId { get; private set; }
    public string InstitutionName { get; private set; } = "";
    public PartnerAnswer Answer { get; private set; }

    /// <summary>The person at the partner who gave the answer (name and role).</summary>
    public string? ConfirmedBy { get; private set; }
    public DateOnly? ConfirmedOn { get; private set; }
    public string? Note { get; private set; }

    internal void Set(PartnerAnswer answer, string? confirmedBy, DateOnly? confirmedOn, string? note)
    {
        var who = AnnualEvaluation.Clean(confirmedBy);
        if (answer != PartnerAnswer.NotYetAsked && (who is null || confirmedOn is null))
        {
            throw new DomainException($"Say who at {InstitutionName} confirmed and on which day.");
        }

        if (who?.Length > AnnualEvaluation.NameMaxLength)
        {
            throw new DomainException($"The name can have at most {AnnualEvaluation.NameMaxLength} characters.");
        }

        Answer = answer;
        ConfirmedBy = answer == PartnerAnswer.NotYetAsked ? null : who;
        ConfirmedOn = answer == PartnerAnswer.NotYetAsked ? null : confirmedOn;
        Note = AnnualEvaluation.Clean(note);
    }
}

/// <summary>An action of the improvement plan: what, who on the team, by when, and how far it got; it may name the wizard steps it touches.</summary>
public sealed class ImprovementAction
{
    private ImprovementAction()
    {
    }

    internal ImprovementAction(Guid evaluationId, ActionDetails details)
    {
        Id = Guid.NewGuid();
        EvaluationId = evaluationId;
        Update(details);
    }

    public Guid Id { get; private set; }
    public Guid EvaluationId { get; private set; }
    public string Title { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public string OwnerName { get; private set; } = "";
    public DateOnly Deadline { get; private set; }
    public ActionStatus Status { get; private set; }

    /// <summary>The wizard steps the action touches, so a revision shows it on those steps.</summary>
    public List<WizardStep> Steps { get; private set; } = [];

    /// <summary>How it went, written at the follow-up.</summary>
    public string? FollowUp { get; private set; }

    /// <summary>The action of the previous evaluation this one continues, when it was carried over.</summary>
    public Guid? CarriedOverFromId { get; private set; }

    public bool IsOpen => Status is ActionStatus.Planned or ActionStatus.InProgress;

    public bool IsCarriedOver => CarriedOverFromId is not null;

    internal static ImprovementAction CarryOver(Guid evaluationId, ImprovementAction open) =>
        new(evaluationId, new ActionDetails(open.Title, open.OwnerId, open.OwnerName, open.Deadline, open.Status, open.Steps, open.FollowUp))
        {
            CarriedOverFromId = open.Id,
        };

    internal void Update(ActionDetails details)
    {
        var title = AnnualEvaluation.Clean(details.Title) ?? throw new DomainException("Say what the action is.");
        if (title.Length > AnnualEvaluation.ActionTitleMaxLength)
        {
            throw new DomainException($"An action can have at most {AnnualEvaluation.ActionTitleMaxLength} characters.");
        }

        Title = title;
        OwnerId = details.OwnerId;
        OwnerName = details.OwnerName;
        Deadline = details.Deadline;
        Status = details.Status;
        Steps = [.. details.Steps.Distinct().Order()];
        FollowUp = AnnualEvaluation.Clean(details.FollowUp);
    }
}

/// <summary>A comment in the evaluation's discussion, by the team or a QA officer of a partner institution.</summary>
public sealed class EvaluationComment
{
    private EvaluationComment()
    {
    }

    internal EvaluationComment(Guid evaluationId, Actor author, string role, string text, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        EvaluationId = evaluationId;
        AuthorId = author.UserId;
        AuthorName = author.Name;
        AuthorRole = role;
        Text = text;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid EvaluationId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string AuthorRole { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
