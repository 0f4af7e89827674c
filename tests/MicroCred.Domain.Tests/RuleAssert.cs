using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Tests;

/// <summary>
/// Rule tests start from the complete sample (no errors, no warnings), change one thing and compare the findings
/// with the untouched sample: the expected rule must appear, and nothing else may appear except the rules named as related.
/// </summary>
internal static class RuleAssert
{
    private static readonly Lazy<IReadOnlyList<Finding>> _baseline = new(() => Samples.Run(Samples.Complete()));

    public static IReadOnlyList<Finding> Baseline => _baseline.Value;

    public static IReadOnlyList<Finding> After(Action<DesignContent> change, Func<DesignCheckContext, DesignCheckContext>? context = null)
    {
        var sample = Samples.Complete();
        change(sample.Content);
        var ctx = sample.ToCheckContext(Samples.Today);
        return DesignChecks.Run(context is null ? ctx : context(ctx));
    }

    /// <summary>Asserts the rule fires after the change and returns its new findings.</summary>
    public static IReadOnlyList<Finding> Fires(string rule, Action<DesignContent> change, params string[] related) =>
        Fires(rule, After(change), related);

    public static IReadOnlyList<Finding> Fires(string rule, IReadOnlyList<Finding> after, params string[] related)
    {
        var added = after.Where(f => !Baseline.Contains(f)).ToList();
        var report = string.Join("\n", added.Select(f => $"  {f.Severity} {f.RuleId}: {f.Message}"));
        Assert.True(added.Any(f => f.RuleId == rule), $"{rule} did not fire. New findings:\n{report}");
        var unexpected = added.Where(f => f.RuleId != rule && !related.Contains(f.RuleId)).ToList();
        Assert.True(unexpected.Count == 0, $"Besides {rule}, unexpected findings appeared:\n{report}");
        return [.. added.Where(f => f.RuleId == rule)];
    }

    /// <summary>Asserts the rule does not fire after the change (and no error or warning appears at all).</summary>
    public static void Quiet(string rule, Action<DesignContent> change) => Quiet(rule, After(change));

    public static void Quiet(string rule, IReadOnlyList<Finding> after)
    {
        Assert.DoesNotContain(after, f => f.RuleId == rule);
        var blocking = after.Where(f => f.Severity != Severity.Info).Select(f => $"{f.RuleId}: {f.Message}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }

    public static Finding Single(IReadOnlyList<Finding> findings, Severity severity)
    {
        var f = Assert.Single(findings);
        Assert.Equal(severity, f.Severity);
        return f;
    }
}
