using MicroCred.Domain.Checks;
using MicroCred.Domain.Checks.Rules;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Reviews;

/// <summary>A condition a design must meet before it can be submitted to a gate, with the place to fix it.</summary>
public sealed record UnmetCondition(string ConditionId, string Message, WizardStep Step, string? FieldPath = null, Guid? RowId = null);

/// <summary>Facts recorded outside the design content that gate conditions read.</summary>
public sealed record GateFacts(
    IReadOnlyList<ProgrammeBoardApproval> BoardApprovals,
    IReadOnlyList<AgreementSignature> Signatures,
    IReadOnlyList<ExternalPeerReviewRecord> ExternalReviews)
{
    public static GateFacts None { get; } = new([], [], []);
}

/// <summary>
/// Entry conditions of the quality gates (DOMAIN.md 4.2). Conditions are cumulative: a design entering G2 must still meet
/// the G1 conditions, because the team may have changed design steps during development.
/// </summary>
public static class GateConditions
{
    /// <summary>Condition ids, so screens and tests can refer to them.</summary>
    public static class Ids
    {
        public const string StepComplete = "STEP-COMPLETE";
        public const string NoBlockingErrors = "NO-ERRORS";
        public const string UnitsDevelopedAndReviewed = "UNITS-DEVELOPED";
        public const string ExternalPeerReview = "EXTERNAL-REVIEW";
        public const string ProgrammeBoardApproval = "BOARD-APPROVAL";
        public const string AgreementAgreed = "AGREEMENT-AGREED";
        public const string AgreementSigned = "AGREEMENT-SIGNED";
        public const string PublicInformation = "PUBLIC-INFORMATION";
        public const string CourseDescription = "COURSE-DESCRIPTION";
    }

    /// <summary>Rules that are gate conditions in their own right and are reported by their own condition, not as a bare error.</summary>
    private static readonly string[] _ownConditionRules = ["R-DOC-01", "R-REC-03", "R-CA-01", "R-CA-03", "R-SUP-02", "R-QA-03"];

    public static bool AreMet(Gate gate, DesignContent content, IReadOnlyList<Finding> findings, GateFacts facts) =>
        Evaluate(gate, content, findings, facts).Count == 0;

    public static IReadOnlyList<UnmetCondition> Evaluate(Gate gate, DesignContent content, IReadOnlyList<Finding> findings, GateFacts facts) =>
        Evaluate(gate, content, findings, facts, step => StepCompleteness.Missing(step, content));

    /// <param name="missingOf">What each step of <paramref name="content"/> misses (<see cref="StepCompleteness.Missing"/>), when
    /// the caller knows it already.</param>
    public static IReadOnlyList<UnmetCondition> Evaluate(Gate gate, DesignContent content, IReadOnlyList<Finding> findings, GateFacts facts,
        Func<WizardStep, IReadOnlyList<MissingField>> missingOf)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(missingOf);
        var unmet = new List<UnmetCondition>();

        DesignGate(missingOf, unmet);
        if (gate >= Gate.G2)
        {
            DevelopmentGate(content, facts, missingOf, unmet);
        }

        if (gate >= Gate.G3)
        {
            PublicationGate(content, findings, facts, missingOf, unmet);
        }

        var steps = gate == Gate.G1 ? GateScope.DesignSteps : Enum.GetValues<WizardStep>();
        foreach (var f in findings.Where(f => f.BlocksAt(gate) && steps.Contains(f.Step) && !_ownConditionRules.Contains(f.RuleId)))
        {
            unmet.Add(new UnmetCondition(Ids.NoBlockingErrors, f.Message, f.Step, f.FieldPath, f.RowId));
        }

        return unmet;
    }

    private static void DesignGate(Func<WizardStep, IReadOnlyList<MissingField>> missingOf, List<UnmetCondition> unmet)
    {
        foreach (var step in GateScope.DesignSteps)
        {
            var missing = missingOf(step).Where(m => m.NeededFrom == Gate.G1).ToList();
            AddIncomplete(step, missing, unmet);
        }
    }

    private static void DevelopmentGate(DesignContent content, GateFacts facts, Func<WizardStep, IReadOnlyList<MissingField>> missingOf, List<UnmetCondition> unmet)
    {
        // Design steps may declare fields needed only from G2 (most of W13 and W14); development steps are needed whole.
        foreach (var step in GateScope.DesignSteps.Concat(GateScope.DevelopmentSteps))
        {
            var missing = missingOf(step);
            if (GateScope.DesignSteps.Contains(step))
            {
                missing = [.. missing.Where(m => m.NeededFrom == Gate.G2)];
            }

            AddIncomplete(step, missing, unmet);
        }

        // R-QA-03: Developed comes after PeerReviewed in the unit's progress, so Developed or later means both.
        foreach (var u in content.CoursePlan.Units.Where(u => u.DevelopmentStatus is null or < UnitDevelopmentStatus.Developed))
        {
            var status = u.DevelopmentStatus is { } s ? Describe.Words(s) : "not started";
            unmet.Add(new UnmetCondition(Ids.UnitsDevelopedAndReviewed,
                $"{Describe.Unit(u)} is {status}; every unit must be peer reviewed and developed before the development review.",
                WizardStep.CoursePlan, $"Units[{u.Id}].DevelopmentStatus", u.Id));
        }

        var asked = content.QualityAssurance.ExternalPeerReview;
        if (asked is ExternalPeerReview.AfterDesign or ExternalPeerReview.Both
            && !facts.ExternalReviews.Any(r => r.Stage == ExternalReviewStage.Design))
        {
            unmet.Add(new UnmetCondition(Ids.ExternalPeerReview,
                "The quality plan asks for an external peer review after design; record it before the development review.",
                WizardStep.QualityAssurance, "ExternalPeerReview"));
        }

        if (asked is ExternalPeerReview.AfterDevelopment or ExternalPeerReview.Both
            && !facts.ExternalReviews.Any(r => r.Stage == ExternalReviewStage.Development))
        {
            unmet.Add(new UnmetCondition(Ids.ExternalPeerReview,
                "The quality plan asks for an external peer review of the developed course; record it before the development review.",
                WizardStep.QualityAssurance, "ExternalPeerReview"));
        }
    }

    private static void PublicationGate(DesignContent content, IReadOnlyList<Finding> findings, GateFacts facts, Func<WizardStep, IReadOnlyList<MissingField>> missingOf, List<UnmetCondition> unmet)
    {
        // R-SUP-02: every board the course needs is listed and its approval is on record with a reference.
        var reported = new HashSet<Guid?>();
        if (StepCompleteness.NeedsProgrammeBoard(content))
        {
            foreach (var f in findings.Where(f => f.RuleId == "R-SUP-02" && f.BlocksAt(Gate.G3)))
            {
                unmet.Add(new UnmetCondition(Ids.ProgrammeBoardApproval, f.Message, f.Step, f.FieldPath, f.RowId));
                reported.Add(f.RowId);
            }
        }

        // A board the team listed in step 5 must approve, whether or not the checks call for one (once per board).
        {
            foreach (var b in content.SupportServices.ProgrammeBoards.Where(b => !reported.Contains(b.Id) && !facts.BoardApprovals.Any(a => a.BoardId == b.Id)))
            {
                unmet.Add(new UnmetCondition(Ids.ProgrammeBoardApproval,
                    $"No approval of programme board '{b.BoardName}' is on record; an institution administrator records it with its date and reference.",
                    WizardStep.SupportServices, "ProgrammeBoards", b.Id));
            }
        }

        // R-CA-01 and R-CA-03: the core clauses are agreed and every lead or full partner has signed.
        AddFromRule(findings, "R-CA-01", Ids.AgreementAgreed, unmet);
        AddIncomplete(WizardStep.ConsortiumAgreement, missingOf(WizardStep.ConsortiumAgreement), unmet);
        foreach (var p in content.Partnership.Partners.Where(p => p.PartnerRole is PartnerRole.LeadInstitution or PartnerRole.FullPartner))
        {
            if (!facts.Signatures.Any(s => s.PartnerId == p.Id))
            {
                unmet.Add(new UnmetCondition(Ids.AgreementSigned,
                    $"No signature of {p.ContactName ?? "a partner"}'s institution on the consortium agreement is on record.",
                    WizardStep.ConsortiumAgreement, null, p.Id));
            }
        }

        AddFromRule(findings, "R-CA-03", Ids.AgreementSigned, unmet);

        // R-REC-03: the public course page can show all 17 items.
        foreach (var item in PublicInformation.Checklist(content).Where(i => !i.Resolved))
        {
            unmet.Add(new UnmetCondition(Ids.PublicInformation,
                $"The public course page cannot show '{item.Label}' yet.", item.Step, item.FieldPath));
        }

        // R-DOC-01: the course description can be exported.
        foreach (var step in DocumentRules.DescriptionSources)
        {
            var missing = missingOf(step);
            if (missing.Count > 0)
            {
                unmet.Add(new UnmetCondition(Ids.CourseDescription,
                    $"The course description cannot be exported while {Describe.Step(step)} misses: {missing[0].Label}.",
                    step, missing[0].FieldPath));
            }
        }
    }

    private static void AddFromRule(IReadOnlyList<Finding> findings, string ruleId, string conditionId, List<UnmetCondition> unmet)
    {
        foreach (var f in findings.Where(f => f.RuleId == ruleId && f.BlocksAt(Gate.G3)))
        {
            unmet.Add(new UnmetCondition(conditionId, f.Message, f.Step, f.FieldPath, f.RowId));
        }
    }

    private static void AddIncomplete(WizardStep step, IReadOnlyList<MissingField> missing, List<UnmetCondition> unmet)
    {
        if (missing.Count == 0)
        {
            return;
        }

        var first = string.Join("; ", missing.Take(3).Select(m => m.Label));
        var more = missing.Count > 3 ? $" and {missing.Count - 3} more" : "";
        unmet.Add(new UnmetCondition(Ids.StepComplete, $"{Describe.Step(step)} is not complete: {first}{more}.", step, missing[0].FieldPath));
    }
}
