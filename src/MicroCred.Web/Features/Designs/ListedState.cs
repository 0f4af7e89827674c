using System.Globalization;
using MicroCred.Domain.Designs;

namespace MicroCred.Web.Features.Designs;

/// <summary>
/// A design's saved state as the database lists it in one text (<see cref="DesignSummaries"/>): its steps as "step:token" pairs
/// separated by commas, and the ids of its signatures and approvals the same way. The database joins them in whatever order it
/// reads the rows, so the pairs are put in step order here before the text becomes part of a key.
/// </summary>
public static class ListedState
{
    /// <summary>The pairs in step order: the text itself when it already is (no copy), else sorted; "" for a design with no steps.</summary>
    public static string Canonical(string? steps)
    {
        if (string.IsNullOrEmpty(steps))
        {
            return "";
        }

        var previous = -1;
        foreach (var range in steps.AsSpan().Split(','))
        {
            var step = StepOf(steps.AsSpan()[range]);
            if (step < previous)
            {
                return string.Join(",", steps.Split(',').OrderBy(p => StepOf(p)));
            }

            previous = step;
        }

        return steps;
    }

    /// <summary>Whether the listed steps include this one.</summary>
    public static bool Has(string steps, WizardStep step)
    {
        ArgumentNullException.ThrowIfNull(steps);
        foreach (var range in steps.AsSpan().Split(','))
        {
            if (range.End.Value > range.Start.Value && StepOf(steps.AsSpan()[range]) == (int)step)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ids of a listed text of ids ("" or null: none).</summary>
    public static IReadOnlyList<Guid> Ids(string? ids) =>
        string.IsNullOrEmpty(ids) ? [] : [.. ids.Split(',').Select(id => Guid.Parse(id, CultureInfo.InvariantCulture))];

    /// <summary>Whether the listed steps are exactly these steps with these tokens.</summary>
    public static bool Same(string steps, IReadOnlyCollection<(WizardStep Step, Guid Version)> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Pairs(steps) is { } listed && listed.Count == state.Count && listed.ToHashSet().SetEquals(state);
    }

    /// <summary>The listed steps as (step, token) pairs, in the order listed; null when the text is not a list of such pairs.</summary>
    public static IReadOnlyList<(WizardStep Step, Guid Version)>? Pairs(string? steps) =>
        PairsOf(steps, static (ReadOnlySpan<char> text, out WizardStep step) =>
        {
            var read = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
            step = (WizardStep)number;
            return read;
        });

    /// <summary>Rows listed as "id:token" pairs (the institutions), in the order listed; null when the text is not a list of such pairs.</summary>
    public static IReadOnlyList<(Guid Id, Guid Version)>? IdPairs(string? rows) =>
        PairsOf(rows, static (ReadOnlySpan<char> text, out Guid id) => Guid.TryParse(text, out id));

    private delegate bool KeyReader<TKey>(ReadOnlySpan<char> text, out TKey key);

    private static List<(TKey, Guid)>? PairsOf<TKey>(string? text, KeyReader<TKey> readKey)
    {
        var pairs = new List<(TKey, Guid)>();
        if (string.IsNullOrEmpty(text))
        {
            return pairs;
        }

        foreach (var range in text.AsSpan().Split(','))
        {
            var pair = text.AsSpan()[range];
            var colon = pair.IndexOf(':');
            if (colon <= 0 || !readKey(pair[..colon], out var key) || !Guid.TryParse(pair[(colon + 1)..], out var token))
            {
                return null;
            }

            pairs.Add((key, token));
        }

        return pairs;
    }

    private static int StepOf(ReadOnlySpan<char> pair)
    {
        var colon = pair.IndexOf(':');
        return colon > 0 && int.TryParse(pair[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var step) ? step : -1;
    }
}
