using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Web.Features.Designs;

/// <summary>The task list: every step by phase with its status and last change, the findings, and the certificate preview.</summary>
public sealed record DesignHomeViewModel(
    Guid DesignId,
    string Title,
    DesignStatus Status,
    bool IsLeader,
    int CompletedSteps,
    IReadOnlyList<PhaseRow> Phases,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CertificateElement> Certificate,
    Gate? NextGate,
    IReadOnlyList<MicroCred.Domain.Reviews.UnmetCondition> Unmet,
    bool CourseDescriptionReady,
    ReviewSummary Review)
{
    /// <summary>The viewer administers the issuing institution of this published design, so may run its cohorts.</summary>
    public bool ManagesCohorts { get; init; }

    /// <summary>The last version came back (changes requested or rejected) and nothing has changed since: no submit button yet.</summary>
    public bool NothingChangedSinceReturn { get; init; }

    /// <summary>Open review comments the team still has to answer, oldest first.</summary>
    public IReadOnlyList<CommentToAnswer> CommentsToAnswer { get; init; } = [];

    /// <summary>The last decision sent the design back (changes requested or rejected) and no newer version is under review.</summary>
    public bool ReturnedByLastDecision => Review.OpenReview is null
        && Review.LastDecision is { Outcome: MicroCred.Domain.Reviews.DecisionOutcome.ChangesRequested or MicroCred.Domain.Reviews.DecisionOutcome.Rejected };

    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    public int Advice => Findings.Count(f => f.Severity == Severity.Info);

    public static DesignHomeViewModel From(DesignWorkspace workspace, IReadOnlyDictionary<Guid, string> userNames, ReviewSummary review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var phases = StepCatalog.All
            .GroupBy(s => s.Phase)
            .Select(g => new PhaseRow(g.Key, [.. g.Select(info =>
            {
                var (status, reason) = workspace.StatusOf(info.Step);
                var stored = workspace.Stored(info.Step);
                var lastBy = stored?.LastEditedById is { } by ? userNames.GetValueOrDefault(by) : null;
                var findings = workspace.Findings.Where(f => f.Step == info.Step).ToList();
                return new StepRow(info, status, reason, lastBy, stored?.LastEditedAt,
                    findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Warning),
                    review.OpenComments.GetValueOrDefault(info.Step));
            })]))
            .ToList();
        var gate = workspace.Design.NextGate;
        var unmet = gate is { } g
            ? MicroCred.Domain.Reviews.GateConditions.Evaluate(g, workspace.Content, workspace.Findings, review.Facts, workspace.MissingOf)
            : [];
        return new DesignHomeViewModel(workspace.Design.Id, workspace.Design.Title, workspace.Design.Status, workspace.IsLeader,
            workspace.CompletedSteps, phases, workspace.Findings, CertificateElements.Preview(workspace.CheckContext),
            gate, unmet, !workspace.Findings.Any(f => f.RuleId == "R-DOC-01"), review);
    }

    public static string GateTitle(Gate gate) => gate switch
    {
        Gate.G1 => "design review",
        Gate.G2 => "development review",
        Gate.G3 => "approval for publication",
        _ => gate.ToString(),
    };

    public static string PhaseTitle(WizardPhase phase) => phase switch
    {
        WizardPhase.Foundations => "Foundations",
        WizardPhase.Curriculum => "Curriculum",
        WizardPhase.AssessmentAndAward => "Assessment and award",
        WizardPhase.Learners => "Learners",
        WizardPhase.QualityAndMoney => "Quality and money",
        WizardPhase.Agreement => "Agreement",
        _ => phase.ToString(),
    };
}

public sealed record CommentToAnswer(Guid Id, WizardStep Step, string Text, string AuthorName);

public sealed record PhaseRow(WizardPhase Phase, IReadOnlyList<StepRow> Steps);

public sealed record StepRow(StepInfo Info, StepStatus Status, string? Reason, string? LastEditedBy, DateTimeOffset? LastEditedAt, int Errors, int Warnings, int OpenComments);

/// <summary>The review side of the task list: the version under review, the last decision, open comments per step, and the gate facts.</summary>
public sealed record ReviewSummary(
    MicroCred.Domain.Reviews.Review? OpenReview,
    MicroCred.Domain.Reviews.QualityGateDecision? LastDecision,
    IReadOnlyDictionary<WizardStep, int> OpenComments,
    MicroCred.Domain.Reviews.GateFacts Facts);
