using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Tests;

/// <summary>Fresh copies of the demo designs for each test, so tests can change one thing and see what fires.</summary>
internal static class Samples
{
    public static readonly Guid Nl = new("11111111-1111-4111-8111-111111111111");
    public static readonly Guid Es = new("22222222-2222-4222-8222-222222222222");
    public static readonly Guid Pt = new("33333333-3333-4333-8333-333333333333");
    public static readonly DateOnly Today = new(2027, 5, 1);

    public static SampleDesign Complete() => SampleDesigns.Complete(Nl, Es, Pt);

    public static SampleDesign HalfFinished() => SampleDesigns.HalfFinished(Nl, Es, Pt);

    public static IReadOnlyList<Finding> Run(SampleDesign sample) => DesignChecks.Run(sample.ToCheckContext(Today));

    public static IReadOnlyList<Finding> Run(SampleDesign sample, IReadOnlyDictionary<Guid, InstitutionFacts> facts) =>
        DesignChecks.Run(new DesignCheckContext(sample.Content, facts, Today));
}
