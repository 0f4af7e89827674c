using MicroCred.Domain.Designs;
using MicroCred.Web.Features.Designs;

namespace MicroCred.Web.Tests.Scale;

/// <summary>The dashboard reads each design's saved state as one text the database joins (<see cref="ListedState"/>).</summary>
public sealed class ListedStateTests
{
    private static readonly Guid A = Guid.Parse("5EB36ED9-154A-4FD0-8B46-8B67F13BB3C8");
    private static readonly Guid B = Guid.Parse("5dc083ff-2b27-4dc9-862c-4c14169d6424");

    [Fact]
    public void Pairs_listed_in_any_order_give_the_same_text_in_step_order()
    {
        var ordered = $"2:{A},7:{B},11:{A}";
        Assert.Same(ordered, ListedState.Canonical(ordered));
        Assert.Equal(ordered, ListedState.Canonical($"11:{A},2:{A},7:{B}"));
        Assert.Equal("", ListedState.Canonical(null));
        Assert.Equal("", ListedState.Canonical(""));
    }

    [Fact]
    public void A_step_is_found_by_its_number_not_by_a_number_that_starts_with_it()
    {
        var steps = $"1:{A},11:{B}";
        Assert.True(ListedState.Has(steps, (WizardStep)11));
        Assert.True(ListedState.Has(steps, (WizardStep)1));
        Assert.False(ListedState.Has($"11:{B}", (WizardStep)1));
        Assert.False(ListedState.Has("", (WizardStep)1));
    }

    [Fact]
    public void The_listed_state_matches_the_stored_rows_only_when_every_step_and_token_agree()
    {
        var steps = $"2:{A},7:{B}";
        Assert.True(ListedState.Same(steps, [((WizardStep)7, B), ((WizardStep)2, A)]));
        Assert.False(ListedState.Same(steps, [((WizardStep)2, A), ((WizardStep)7, A)]));
        Assert.False(ListedState.Same(steps, [((WizardStep)2, A)]));
        Assert.False(ListedState.Same(steps, [((WizardStep)2, A), ((WizardStep)7, B), ((WizardStep)9, B)]));
        Assert.True(ListedState.Same("", []));
        Assert.False(ListedState.Same("2:not-a-token", [((WizardStep)2, A)]));
    }

    [Fact]
    public void Listed_pairs_are_read_as_steps_and_tokens_and_anything_else_is_refused()
    {
        Assert.Equal([((WizardStep)7, B), ((WizardStep)2, A)], ListedState.Pairs($"7:{B.ToString().ToUpperInvariant()},2:{A}"));
        Assert.Empty(ListedState.Pairs(null)!);
        Assert.Empty(ListedState.Pairs("")!);
        Assert.Null(ListedState.Pairs("2:not-a-token"));
        Assert.Null(ListedState.Pairs($"x:{A}"));
        Assert.Null(ListedState.Pairs($"{A}"));
    }

    [Fact]
    public void Ids_are_read_whatever_the_case_the_database_writes_them_in()
    {
        Assert.Equal([A, B], ListedState.Ids($"{A.ToString().ToLowerInvariant()},{B.ToString().ToUpperInvariant()}"));
        Assert.Empty(ListedState.Ids(null));
        Assert.Empty(ListedState.Ids(""));
    }
}
