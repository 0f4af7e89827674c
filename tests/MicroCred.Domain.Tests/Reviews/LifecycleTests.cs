using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

public class LifecycleTests
{
    /// <summary>The allowed moves of DOMAIN.md 4.2, written out independently of DesignLifecycle; every other pair is refused.</summary>
    private static readonly Dictionary<(Position, LifecycleAction), Position> _allowed = new()
    {
        [(Position.Draft, LifecycleAction.Submit)] = Position.DesignReview,
        [(Position.Draft, LifecycleAction.Withdraw)] = Position.Retired,
        [(Position.DesignReview, LifecycleAction.Approve)] = Position.InDevelopment,
        [(Position.DesignReview, LifecycleAction.RequestChanges)] = Position.Draft,
        [(Position.DesignReview, LifecycleAction.Reject)] = Position.Draft,
        [(Position.InDevelopment, LifecycleAction.Submit)] = Position.DevelopmentReview,
        [(Position.InDevelopment, LifecycleAction.Withdraw)] = Position.Retired,
        [(Position.DevelopmentReview, LifecycleAction.Approve)] = Position.ReadyForApproval,
        [(Position.DevelopmentReview, LifecycleAction.RequestChanges)] = Position.InDevelopment,
        [(Position.DevelopmentReview, LifecycleAction.Reject)] = Position.InDevelopment,
        [(Position.ReadyForApproval, LifecycleAction.Submit)] = Position.PublicationReview,
        [(Position.ReadyForApproval, LifecycleAction.Withdraw)] = Position.Retired,
        [(Position.PublicationReview, LifecycleAction.Approve)] = Position.Published,
        [(Position.PublicationReview, LifecycleAction.RequestChanges)] = Position.InDevelopment,
        [(Position.PublicationReview, LifecycleAction.Reject)] = Position.InDevelopment,
        [(Position.Published, LifecycleAction.Retire)] = Position.Retired,
        [(Position.Published, LifecycleAction.StartRevision)] = Position.Draft,
    };

    public static TheoryData<Position, LifecycleAction> AllowedMoves()
    {
        var data = new TheoryData<Position, LifecycleAction>();
        foreach (var (position, action) in _allowed.Keys)
        {
            data.Add(position, action);
        }

        return data;
    }

    public static TheoryData<Position, LifecycleAction> RefusedMoves()
    {
        var data = new TheoryData<Position, LifecycleAction>();
        foreach (var position in Enum.GetValues<Position>())
        {
            foreach (var action in Enum.GetValues<LifecycleAction>().Where(a => !_allowed.ContainsKey((position, a))))
            {
                data.Add(position, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void An_allowed_move_reaches_the_expected_state(Position from, LifecycleAction action)
    {
        var scenario = new ReviewScenario().MoveTo(from);

        Perform(scenario, action);

        Assert.Equal(_allowed[(from, action)], PositionOf(scenario.Design));
        Assert.Equal(StatusOf(_allowed[(from, action)]), DesignLifecycle.Next(StatusOf(from), IsUnderReview(from), action));
    }

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void A_refused_move_throws_and_leaves_the_design_as_it_was(Position from, LifecycleAction action)
    {
        var scenario = new ReviewScenario().MoveTo(from);
        var before = scenario.Design.Version;

        var ex = Assert.Throws<DomainException>(() => Perform(scenario, action));

        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        Assert.Equal(from, PositionOf(scenario.Design));
        Assert.Equal(before, scenario.Design.Version);
        Assert.False(scenario.Design.CanDo(action));
        Assert.Null(DesignLifecycle.Next(StatusOf(from), IsUnderReview(from), action));
    }

    [Fact]
    public void The_table_covers_every_pair_of_position_and_action()
    {
        Assert.Equal(17, AllowedMoves().Count);
        Assert.Equal((Enum.GetValues<Position>().Length * Enum.GetValues<LifecycleAction>().Length) - 17, RefusedMoves().Count);
    }

    [Fact]
    public void The_available_actions_are_those_of_the_table()
    {
        Assert.Equal([LifecycleAction.Submit, LifecycleAction.Withdraw], DesignLifecycle.Available(DesignStatus.Draft, false));
        Assert.Equal([LifecycleAction.Approve, LifecycleAction.RequestChanges, LifecycleAction.Reject], DesignLifecycle.Available(DesignStatus.ReadyForApproval, true));
        Assert.Empty(DesignLifecycle.Available(DesignStatus.Retired, false));
    }

    [Fact]
    public void Submit_is_refused_while_checks_report_errors()
    {
        var s = new ReviewScenario();
        IReadOnlyList<Finding> findings = [new Finding(Severity.Error, "R-LO-01", "The outcomes have no level.", WizardStep.LearningOutcomes, "EqfLevel")];

        var ex = Assert.Throws<DomainException>(() => s.Design.Submit(s.Leader, s.Content, findings, s.Facts, s.Now));

        Assert.Contains("The outcomes have no level.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(DesignStatus.Draft, s.Design.Status);
        Assert.Equal(0, s.Design.LastVersionNumber);
    }

    [Fact]
    public void Submit_is_refused_for_a_half_finished_design()
    {
        var s = new ReviewScenario();
        var half = Samples.HalfFinished();

        var ex = Assert.Throws<DomainException>(() => s.Design.Submit(s.Leader, half.Content, Samples.Run(half), s.Facts, s.Now));

        Assert.StartsWith("The design cannot go to design review yet", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_submit_while_under_review_is_refused_with_the_version_under_review()
    {
        var s = new ReviewScenario();
        s.Submit();

        var ex = Assert.Throws<DomainException>(() => s.Submit());

        Assert.Contains("Version 1 is already in design review", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, s.Design.LastVersionNumber);
    }

    [Fact]
    public void Only_the_team_leader_can_submit()
    {
        var s = new ReviewScenario();

        var ex = Assert.Throws<DomainException>(() => s.Design.Submit(s.Member, s.Content, s.Findings(), s.Facts, s.Now));

        Assert.Contains("team leader", ex.Message, StringComparison.Ordinal);
        Assert.False(s.Design.IsUnderReview);
    }

    [Fact]
    public void Submit_freezes_a_numbered_version_and_opens_a_waiting_review()
    {
        var s = new ReviewScenario();

        var submission = s.Submit();

        Assert.Equal(1, submission.Version.Number);
        Assert.Equal(Gate.G1, submission.Version.Gate);
        Assert.Equal(s.Leader.UserId, submission.Version.SubmittedById);
        Assert.Equal(s.Now, submission.Version.SubmittedAt);
        Assert.True(submission.Version.IsUnderReview);
        Assert.True(submission.Version.IsIntact());
        Assert.Equal(ReviewState.Waiting, submission.Review.State);
        Assert.Equal(submission.Version.Id, submission.Review.VersionId);
        Assert.Equal(TimelineEvent.Submitted, submission.Entry.Event);
        Assert.Equal("Version 1 submitted for design review.", submission.Entry.Summary);
        Assert.Equal(1, s.Design.VersionUnderReview);
        Assert.Equal(Gate.G1, s.Design.GateUnderReview);
    }

    [Fact]
    public void Versions_are_numbered_on_across_resubmissions_and_gates()
    {
        var s = new ReviewScenario();
        s.Submit();
        s.Decide(DecisionOutcome.ChangesRequested, Verdict.PartlyMet);
        s.Submit();
        s.Decide(DecisionOutcome.Approved);
        var third = s.Submit();

        Assert.Equal([1, 2, 3], s.Submissions.Select(x => x.Version.Number));
        Assert.Equal(Gate.G2, third.Version.Gate);
        Assert.Equal(DesignStatus.DevelopmentReview, s.Design.Status);
    }

    [Fact]
    public void Rejection_returns_to_the_working_state_and_marks_the_version_rejected()
    {
        var s = new ReviewScenario().MoveTo(Position.DevelopmentReview);

        var result = s.Decide(DecisionOutcome.Rejected, Verdict.NotMet);

        Assert.Equal(DesignStatus.InDevelopment, s.Design.Status);
        Assert.True(s.Last!.Version.IsRejected);
        Assert.Equal(TimelineEvent.Rejected, result.Entry.Event);
        Assert.False(s.Design.IsUnderReview);
        Assert.Equal(Gate.G2, s.Design.NextGate);
    }

    [Fact]
    public void Changes_requested_at_publication_return_to_development()
    {
        var s = new ReviewScenario().MoveTo(Position.PublicationReview);

        s.Decide(DecisionOutcome.ChangesRequested, Verdict.PartlyMet);

        Assert.Equal(DesignStatus.InDevelopment, s.Design.Status);
        Assert.Equal(DecisionOutcome.ChangesRequested, s.Last!.Version.Outcome);
    }

    [Fact]
    public void Only_the_leader_withdraws_and_a_reason_is_required()
    {
        var s = new ReviewScenario();

        Assert.Throws<DomainException>(() => s.Design.Withdraw(s.Member, "We stop.", s.Now));
        Assert.Throws<DomainException>(() => s.Design.Withdraw(s.Leader, " ", s.Now));
        var entry = s.Design.Withdraw(s.Leader, "Funding fell through.", s.Now);

        Assert.Equal(DesignStatus.Retired, s.Design.Status);
        Assert.Equal("Design withdrawn by the team leader: Funding fell through.", entry.Summary);
    }

    [Fact]
    public void A_published_course_is_retired_by_the_leader_or_an_admin_of_the_lead_institution_only()
    {
        var s = new ReviewScenario().MoveTo(Position.Published);

        Assert.Throws<DomainException>(() => s.Design.Retire(s.Member, "Old.", s.Now));
        Assert.Throws<DomainException>(() => s.Design.Retire(s.OtherAdmin, "Old.", s.Now));
        s.Design.Retire(s.Admin, "Replaced by a new course.", s.Now);

        Assert.Equal(DesignStatus.Retired, s.Design.Status);
    }

    [Fact]
    public void A_revision_of_a_published_course_goes_to_G1_as_a_new_version()
    {
        var s = new ReviewScenario().MoveTo(Position.Published);

        s.Design.StartRevision(s.Leader, "New outcome on heat stress.", s.Tick());
        var next = s.Submit();

        Assert.Equal(4, next.Version.Number);
        Assert.Equal(Gate.G1, next.Version.Gate);
    }

    [Fact]
    public void Steps_of_the_gate_under_review_are_locked_and_others_stay_open()
    {
        var s = new ReviewScenario();
        Assert.All(Enum.GetValues<WizardStep>(), step => Assert.True(s.Design.CanEdit(step)));

        s.Submit();
        Assert.False(s.Design.CanEdit(WizardStep.LearningOutcomes));
        Assert.False(s.Design.CanEdit(WizardStep.Award));
        Assert.True(s.Design.CanEdit(WizardStep.InternationalMobility));
        Assert.True(s.Design.CanEdit(WizardStep.BusinessPlan));
        Assert.Equal("Version 1 is in design review; this step can be changed again after the decision.", s.Design.WhyLocked(WizardStep.LearningOutcomes));

        s.Decide(DecisionOutcome.Approved);
        Assert.True(s.Design.CanEdit(WizardStep.LearningOutcomes));

        s.Submit();
        Assert.False(s.Design.CanEdit(WizardStep.Sustainability));
        Assert.True(s.Design.CanEdit(WizardStep.ConsortiumAgreement));

        s.Decide(DecisionOutcome.Approved);
        s.Submit();
        Assert.All(Enum.GetValues<WizardStep>(), step => Assert.False(s.Design.CanEdit(step)));

        s.Decide(DecisionOutcome.Approved);
        Assert.Equal(DesignStatus.Published, s.Design.Status);
        Assert.All(Enum.GetValues<WizardStep>(), step => Assert.False(s.Design.CanEdit(step)));
    }

    private static void Perform(ReviewScenario s, LifecycleAction action)
    {
        switch (action)
        {
            case LifecycleAction.Submit: s.Submit(); break;
            case LifecycleAction.Approve: Decide(s, DecisionOutcome.Approved); break;
            case LifecycleAction.RequestChanges: Decide(s, DecisionOutcome.ChangesRequested); break;
            case LifecycleAction.Reject: Decide(s, DecisionOutcome.Rejected); break;
            case LifecycleAction.Withdraw: s.Design.Withdraw(s.Leader, "We stop here.", s.Tick()); break;
            case LifecycleAction.Retire: s.Design.Retire(s.Leader, "No more demand.", s.Tick()); break;
            case LifecycleAction.StartRevision: s.Design.StartRevision(s.Leader, "Substantive change.", s.Tick()); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>Decides with the scenario's review when there is one; otherwise with a review of another design, which the state must refuse first.</summary>
    private static void Decide(ReviewScenario s, DecisionOutcome outcome)
    {
        var last = s.Last;
        if (last is not null && last.Review.IsOpen)
        {
            s.Decide(outcome, outcome == DecisionOutcome.Approved ? Verdict.Met : Verdict.NotMet);
            return;
        }

        var other = last ?? new ReviewScenario().Submit();
        s.Design.Decide(other.Review, other.Version, s.Qa, outcome, "Summary.", ReviewScenario.Verdicts(other.Version.Gate), s.Tick());
    }

    private static Position PositionOf(CourseDesign d) => (d.Status, d.IsUnderReview) switch
    {
        (DesignStatus.Draft, false) => Position.Draft,
        (DesignStatus.DesignReview, true) => Position.DesignReview,
        (DesignStatus.InDevelopment, false) => Position.InDevelopment,
        (DesignStatus.DevelopmentReview, true) => Position.DevelopmentReview,
        (DesignStatus.ReadyForApproval, false) => Position.ReadyForApproval,
        (DesignStatus.ReadyForApproval, true) => Position.PublicationReview,
        (DesignStatus.Published, false) => Position.Published,
        (DesignStatus.Retired, false) => Position.Retired,
        _ => throw new InvalidOperationException($"Impossible position {d.Status}, under review {d.IsUnderReview}."),
    };

    private static bool IsUnderReview(Position p) => p is Position.DesignReview or Position.DevelopmentReview or Position.PublicationReview;

    private static DesignStatus StatusOf(Position p) => p switch
    {
        Position.Draft => DesignStatus.Draft,
        Position.DesignReview => DesignStatus.DesignReview,
        Position.InDevelopment => DesignStatus.InDevelopment,
        Position.DevelopmentReview => DesignStatus.DevelopmentReview,
        Position.ReadyForApproval or Position.PublicationReview => DesignStatus.ReadyForApproval,
        Position.Published => DesignStatus.Published,
        _ => DesignStatus.Retired,
    };
}
