using System.Reflection;
using MicroCred.Domain.Checks;

namespace MicroCred.Domain.Tests;

public class RuleCoverageTests
{
    [Fact]
    public void Catalog_lists_116_unique_rules()
    {
        Assert.Equal(116, RuleCatalog.All.Count);
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Every_catalogued_rule_has_a_failing_and_a_passing_test()
    {
        var names = typeof(RuleCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
            .Select(m => m.Name)
            .ToList();

        var gaps = new List<string>();
        foreach (var rule in RuleCatalog.All)
        {
            var prefix = rule.Id.Replace('-', '_') + "_";
            var tests = names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (!tests.Any(n => n.Contains("_passes", StringComparison.Ordinal)))
            {
                gaps.Add(rule.Id + " has no passing test");
            }

            if (!tests.Any(n => !n.Contains("_passes", StringComparison.Ordinal)))
            {
                gaps.Add(rule.Id + " has no failing test");
            }
        }

        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    [Fact]
    public void Every_finding_of_the_half_finished_sample_uses_a_catalogued_rule()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToHashSet();
        Assert.All(Samples.Run(Samples.HalfFinished()), f => Assert.Contains(f.RuleId, ids));
    }
}
