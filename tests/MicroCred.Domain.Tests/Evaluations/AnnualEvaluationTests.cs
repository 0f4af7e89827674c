using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;
using MicroCred.Domain.Tests.Reviews;

namespace MicroCred.Domain.Tests.Evaluations;

public sealed class AnnualEvaluationTests
{
    private static readonly (Guid, string)[] Partners = [(Samples.Nl, "Rijnmond"), (Samples.Es, "Llevant"), (Samples.Pt, "Atlântico")];
    private readonly ReviewScenario _s = new ReviewScenario().MoveTo(Position.Published);

    private AnnualEvaluation Start(int year = 2027, AnnualEvaluation? previous = null) =>
        AnnualEvaluation.Start(_s.Design, 3, year, Partners, previous, _s.Leader, _s.Tick());

    private ActionDetails Action(string title, ActionStatus status, params WizardStep[] steps) =>
        new(title, _s.Member.UserId, _s.Member.Name, new DateOnly(2027, 12, 1), status, steps, null);

    private AnnualEvaluation ReadyToSignOff()
    {
        var e = Start();
        e.Record(_s.Design, _s.Leader, new EvaluationRecord("Unit 2 took longer than planned.", "Employers ask for more cases.", 26, 18_000m, null), _s.Tick());
        foreach (var (id, name) in Partners)
        {
            e.ConfirmPartner(_s.Design, _s.Member, id, PartnerAnswer.Continues, $"Dean of {name}", new DateOnly(2027, 6, 10), null, _s.Tick());
        }

        return e;
    }

    [Fact]
    public void Starting_gives_every_partner_institution_one_row_to_confirm()
    {
        var e = Start();

        Assert.Equal(3, e.Partners.Count);
        Assert.All(e.Partners, p => Assert.Equal(PartnerAnswer.NotYetAsked, p.Answer));
        Assert.Equal(3, e.VersionNumber);
    }

    [Fact]
    public void Only_the_team_starts_and_changes_an_evaluation()
    {
        Assert.Throws<DomainException>(() => AnnualEvaluation.Start(_s.Design, 3, 2027, Partners, null, _s.Qa, _s.Now));
        var e = Start();
        Assert.Throws<DomainException>(() => e.Record(_s.Design, _s.Qa, new EvaluationRecord("x", null, null, null, null), _s.Now));
    }

    [Fact]
    public void Open_actions_carry_over_to_the_next_evaluation_and_finished_ones_do_not()
    {
        var first = Start(2027);
        var open = first.AddAction(_s.Design, _s.Leader, Action("Shorten unit 2", ActionStatus.InProgress, WizardStep.CoursePlan), _s.Now);
        first.AddAction(_s.Design, _s.Leader, Action("Planned idea", ActionStatus.Planned), _s.Now);
        first.AddAction(_s.Design, _s.Leader, Action("Done thing", ActionStatus.Done), _s.Now);
        first.AddAction(_s.Design, _s.Leader, Action("Dropped thing", ActionStatus.Dropped), _s.Now);

        var next = Start(2028, first);

        Assert.Equal(["Planned idea", "Shorten unit 2"], next.Actions.Select(a => a.Title).Order());
        var carried = next.Actions.Single(a => a.Title == "Shorten unit 2");
        Assert.Equal(open.Id, carried.CarriedOverFromId);
        Assert.NotEqual(open.Id, carried.Id);
        Assert.Equal([WizardStep.CoursePlan], carried.Steps);
        Assert.Equal(ActionStatus.InProgress, carried.Status);
    }

    [Fact]
    public void Following_up_a_carried_over_action_leaves_the_earlier_evaluation_as_it_was()
    {
        var first = Start(2027);
        first.AddAction(_s.Design, _s.Leader, Action("Shorten unit 2", ActionStatus.InProgress), _s.Now);
        var next = Start(2028, first);
        var carried = next.Actions.Single();

        next.UpdateAction(_s.Design, _s.Leader, carried.Id, Action("Shorten unit 2", ActionStatus.Done) with { FollowUp = "Unit 2 now 20 hours." }, _s.Now);

        Assert.Equal(ActionStatus.InProgress, first.Actions.Single().Status);
        Assert.Equal(ActionStatus.Done, next.Actions.Single().Status);
    }

    [Fact]
    public void An_action_owner_must_be_on_the_team()
    {
        var e = Start();

        Assert.Throws<DomainException>(() => e.AddAction(_s.Design, _s.Leader, Action("x", ActionStatus.Planned) with { OwnerId = _s.Qa.UserId }, _s.Now));
    }

    [Fact]
    public void A_partner_answer_needs_who_and_when()
    {
        var e = Start();

        var ex = Assert.Throws<DomainException>(() => e.ConfirmPartner(_s.Design, _s.Leader, Samples.Es, PartnerAnswer.Continues, null, null, null, _s.Now));
        Assert.Contains("Llevant", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_off_needs_findings_actual_learners_and_every_partner_answer()
    {
        var e = Start();

        var missing = e.MissingForSignOff();

        Assert.Equal(5, missing.Count);
        Assert.Throws<DomainException>(() => e.SignOff(_s.Design, _s.Qa, _s.Now));
    }

    [Fact]
    public void Only_a_qa_officer_of_the_lead_institution_off_the_team_signs_off()
    {
        var e = ReadyToSignOff();
        var foreignQa = Actor.Of(Guid.NewGuid(), "Sofia Llevant", Samples.Es, Roles.QaOfficer);

        Assert.Throws<DomainException>(() => e.SignOff(_s.Design, foreignQa, _s.Now));
        Assert.Throws<DomainException>(() => e.SignOff(_s.Design, _s.QaOnTeam, _s.Now));
        Assert.Throws<DomainException>(() => e.SignOff(_s.Design, _s.Leader, _s.Now));

        var entry = e.SignOff(_s.Design, _s.Qa, _s.Tick());

        Assert.True(e.IsSignedOff);
        Assert.Equal(TimelineEvent.EvaluationSignedOff, entry.Event);
        Assert.Contains("Annual evaluation 2027", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void After_sign_off_nothing_changes()
    {
        var e = ReadyToSignOff();
        var action = e.AddAction(_s.Design, _s.Leader, Action("Shorten unit 2", ActionStatus.Planned), _s.Now);
        e.SignOff(_s.Design, _s.Qa, _s.Tick());
        var version = e.Version;

        Assert.Throws<DomainException>(() => e.Record(_s.Design, _s.Leader, new EvaluationRecord("Changed", null, 1, null, null), _s.Now));
        Assert.Throws<DomainException>(() => e.AddAction(_s.Design, _s.Leader, Action("New", ActionStatus.Planned), _s.Now));
        Assert.Throws<DomainException>(() => e.UpdateAction(_s.Design, _s.Leader, action.Id, Action("New", ActionStatus.Done), _s.Now));
        Assert.Throws<DomainException>(() => e.ConfirmPartner(_s.Design, _s.Leader, Samples.Es, PartnerAnswer.Withdraws, "x", new DateOnly(2027, 1, 1), null, _s.Now));
        Assert.Throws<DomainException>(() => e.Comment(_s.Design, _s.Qa2, true, "Late remark", _s.Now));
        Assert.Throws<DomainException>(() => e.SignOff(_s.Design, _s.Qa2, _s.Now));
        Assert.Equal(version, e.Version);
        Assert.Equal("Unit 2 took longer than planned.", e.Findings);
    }

    [Fact]
    public void The_team_and_partner_qa_officers_comment_and_others_do_not()
    {
        var e = Start();

        e.Comment(_s.Design, _s.Member, false, "We will shorten unit 2.", _s.Now);
        e.Comment(_s.Design, _s.Qa, true, "Please add the response rate.", _s.Now);

        Assert.Throws<DomainException>(() => e.Comment(_s.Design, _s.Qa, false, "Not a partner.", _s.Now));
        Assert.Throws<DomainException>(() => e.Comment(_s.Design, _s.Admin, true, "Admin.", _s.Now));
        Assert.Equal(["Course team", "Quality assurance"], e.Comments.Select(c => c.AuthorRole));
    }

    [Fact]
    public void The_business_review_shows_actual_against_the_plan_of_the_published_version()
    {
        var content = Samples.Complete().Content;
        var perRun = content.BusinessPlan.ExpectedLearnersPerRun!.Value;

        var review = BusinessPlanReview.Of(content, 2, perRun * 2 - 6, null);

        Assert.Equal(perRun * 2, review.Learners.Planned);
        Assert.Equal(-6, review.Learners.Difference);
        Assert.Equal(Math.Round(-6m / (perRun * 2) * 100m, 1), review.Learners.DifferencePercent);
        Assert.NotNull(review.Income.Planned);
        Assert.Null(review.Income.Difference);
    }
}
