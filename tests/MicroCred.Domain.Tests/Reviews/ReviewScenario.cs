using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

/// <summary>A course design built from the complete sample, with the people around it, that tests move through the lifecycle.</summary>
internal sealed class ReviewScenario
{
    public static readonly DateTimeOffset Start = new(2027, 5, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly Guid OtherInstitution = new("44444444-4444-4444-8444-444444444444");

    public ReviewScenario()
    {
        Now = Start;
        Sample = Samples.Complete();
        Design = CourseDesign.Start(SampleDesigns.CompleteTitle, Samples.Nl, Leader.UserId, Samples.Nl, Now);
        Design.AddMember(Member.UserId, Samples.Es, Now);
        Design.AddMember(QaOnTeam.UserId, Samples.Nl, Now);
        Facts = CompleteFacts();
    }

    public Actor Leader { get; } = Actor.Of(Guid.NewGuid(), "Anouk Visser", Samples.Nl, Roles.CourseDesigner);
    public Actor Member { get; } = Actor.Of(Guid.NewGuid(), "Javier Molina", Samples.Es, Roles.CourseDesigner);
    public Actor Qa { get; } = Actor.Of(Guid.NewGuid(), "Marta Quist", Samples.Nl, Roles.QaOfficer);
    public Actor Qa2 { get; } = Actor.Of(Guid.NewGuid(), "Pieter Smit", Samples.Nl, Roles.QaOfficer);
    public Actor QaOnTeam { get; } = Actor.Of(Guid.NewGuid(), "Rosa Team", Samples.Nl, Roles.QaOfficer, Roles.CourseDesigner);
    public Actor Admin { get; } = Actor.Of(Guid.NewGuid(), "Hanna Admin", Samples.Nl, Roles.InstitutionAdmin);
    public Actor OtherAdmin { get; } = Actor.Of(Guid.NewGuid(), "Olga Elsewhere", OtherInstitution, Roles.InstitutionAdmin);

    public DateTimeOffset Now { get; private set; }
    public SampleDesign Sample { get; }
    public DesignContent Content => Sample.Content;
    public CourseDesign Design { get; }
    public GateFacts Facts { get; set; }
    public List<Submission> Submissions { get; } = [];
    public Submission? Last => Submissions.Count > 0 ? Submissions[^1] : null;

    public IReadOnlyList<Finding> Findings() => Samples.Run(Sample);

    public DateTimeOffset Tick(int days = 1)
    {
        Now = Now.AddDays(days);
        return Now;
    }

    public Submission Submit()
    {
        var s = Design.Submit(Leader, Content, Findings(), Facts, Tick());
        Submissions.Add(s);
        return s;
    }

    public DecisionResult Decide(DecisionOutcome outcome, Verdict verdict = Verdict.Met)
    {
        var s = Last!;
        if (s.Review.State == ReviewState.Waiting)
        {
            s.Review.Claim(Qa, Design, Tick());
        }

        return Design.Decide(s.Review, s.Version, Qa, outcome, "Summary for the team.", Verdicts(s.Version.Gate, verdict), Tick());
    }

    public static List<CriterionVerdict> Verdicts(Gate gate, Verdict verdict = Verdict.Met) =>
        [.. GateChecklist.For(gate).Select(c => new CriterionVerdict(c.Id, verdict, verdict is Verdict.Met or Verdict.NotApplicable ? null : "Needs work."))];

    /// <summary>Moves the design to a position in the lifecycle along the happy path.</summary>
    public ReviewScenario MoveTo(Position position)
    {
        var path = position switch
        {
            Position.Draft => 0,
            Position.DesignReview => 1,
            Position.InDevelopment => 2,
            Position.DevelopmentReview => 3,
            Position.ReadyForApproval => 4,
            Position.PublicationReview => 5,
            Position.Published => 6,
            Position.Retired => 7,
            _ => throw new ArgumentOutOfRangeException(nameof(position)),
        };
        for (var i = 1; i <= Math.Min(path, 6); i++)
        {
            if (i % 2 == 1)
            {
                Submit();
            }
            else
            {
                Decide(DecisionOutcome.Approved);
            }
        }

        if (position == Position.Retired)
        {
            Design.Retire(Leader, "No more demand.", Tick());
        }

        return this;
    }

    private GateFacts CompleteFacts()
    {
        var c = Content;
        var boards = c.SupportServices.ProgrammeBoards
            .Select(b => ProgrammeBoardApproval.Record(Design, b.Id, b.BoardName, new DateOnly(2027, 3, 10), "Minutes 2027/14", Admin, Now).Approval)
            .ToList();
        var signatures = new List<AgreementSignature>();
        foreach (var p in c.Partnership.Partners.Where(p => p.PartnerRole is PartnerRole.LeadInstitution or PartnerRole.FullPartner))
        {
            signatures.Add(AgreementSignature.Record(Design, c, p.Id, "Signer of " + p.ContactName, "Rector", Now.AddDays(-10), signatures, Admin, Now).Signature);
        }

        var reviews = new List<ExternalPeerReviewRecord>
        {
            ExternalPeerReviewRecord.Record(Design, ExternalReviewStage.Design, "Prof. Ext", GuestKind.Academic, "Sound design.", Qa, Now).Record,
            ExternalPeerReviewRecord.Record(Design, ExternalReviewStage.Development, "Ms Employer", GuestKind.Employer, "Useful units.", Qa, Now).Record,
        };
        return new GateFacts(boards, signatures, reviews);
    }
}

/// <summary>Positions in the lifecycle: a status, and for ReadyForApproval whether the G3 version is under review.</summary>
public enum Position
{
    Draft,
    DesignReview,
    InDevelopment,
    DevelopmentReview,
    ReadyForApproval,
    PublicationReview,
    Published,
    Retired,
}
