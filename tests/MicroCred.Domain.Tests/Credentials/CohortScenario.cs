using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Domain.Tests.Reviews;

namespace MicroCred.Domain.Tests.Credentials;

/// <summary>A published sample design (issued by the Dutch lead university) with a cohort run by that university's administrator.</summary>
internal sealed class CohortScenario
{
    public CohortScenario()
    {
        Review = new ReviewScenario().MoveTo(Position.Published);
        Version = Review.Last!.Version;
        Now = Review.Now.AddDays(1);
        Cohort = Cohort.Start(Review.Design, Version, Details(), Admin, Now);
    }

    public ReviewScenario Review { get; }
    public DesignVersion Version { get; }
    public Cohort Cohort { get; }
    public DateTimeOffset Now { get; private set; }
    public Actor Admin => Review.Admin;
    public Actor OtherAdmin => Review.OtherAdmin;
    public Actor Qa => Review.Qa;

    public static DateOnly StartsOn { get; } = new(2027, 9, 1);

    public IReadOnlyDictionary<Guid, InstitutionFacts> Institutions => Review.Sample.Institutions;

    public static CohortDetails Details(string name = "Autumn 2027", DateOnly? starts = null, DateOnly? ends = null) =>
        new(name, "FRW-2027A", starts ?? StartsOn, ends ?? new DateOnly(2027, 12, 15), DeliveryMode.Blended);

    public static LearnerDetails Learner(string id, LearnerResult? result = LearnerResult.Passed, decimal? grade = null, string given = "Noor", string family = "Bakker") =>
        new(given, family, id, new DateOnly(1994, 3, 2), "noor@example.org", result, grade, result is null ? null : new DateOnly(2027, 12, 10));

    public DateTimeOffset Tick(int days = 1)
    {
        Now = Now.AddDays(days);
        return Now;
    }

    public Learner Add(string id, LearnerResult? result = LearnerResult.Passed, decimal? grade = null) =>
        Cohort.AddLearner(Learner(id, result, grade), Admin, Tick());

    public IssuanceResult Issue(IEnumerable<Guid>? learnerIds = null, IReadOnlyCollection<Guid>? already = null, Actor? actor = null) =>
        CredentialIssuance.Issue(Cohort, Version, Institutions, [.. learnerIds ?? Cohort.Learners.Select(l => l.Id)], already ?? [], actor ?? Admin, Tick());

    public static Actor AdminOf(Guid institution) => Actor.Of(Guid.NewGuid(), "Someone Admin", institution, Roles.InstitutionAdmin);
}
