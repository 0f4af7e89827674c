using System.Collections;
using System.Globalization;
using MicroCred.Domain.Designs.Schema;
using Microsoft.Extensions.Primitives;

namespace MicroCred.Web.Features.Wizard.Engine;

public sealed class FieldView
{
    public required string Path { get; init; }

    public string HtmlId => FieldPaths.HtmlId(Path);

    public required string Label { get; init; }

    public string? Hint { get; init; }

    public required FieldKind Kind { get; init; }

    public string? Value { get; init; }

    public IReadOnlySet<string> Values { get; init; } = new HashSet<string>();

    /// <summary>A date as the three inputs show it (as typed after a refused save).</summary>
    public (string? Day, string? Month, string? Year) DateParts { get; init; }

    public IReadOnlyList<OptionView> Options { get; init; } = [];

    public string? Error { get; init; }

    public bool NeededToSubmit { get; init; }

    /// <summary>True when "not decided yet" is a real answer: review never needs this field.</summary>
    public bool MayBeUndecided { get; init; }

    public int? MaxLength { get; init; }

    public string? Singular { get; init; }

    public IReadOnlyList<RowView> Rows { get; init; } = [];

    public string? EmptyMessage { get; init; }

    /// <summary>For a field that applies only for some answers: the name of the field that decides (on the same page).</summary>
    public string? RevealName { get; init; }

    /// <summary>The answers of <see cref="RevealName"/> for which this field applies.</summary>
    public IReadOnlyList<string> RevealValues { get; init; } = [];

    /// <summary>True when the field does not apply to the answers given so far (and holds nothing): it is not shown.</summary>
    public bool Hidden { get; init; }

    /// <summary>How deep the field sits in rows (0 on the step itself, 1 inside a row, 2 inside a row of a row).</summary>
    public int Depth => Path.Count(c => c == '[');
}

/// <summary>
/// One row of a collection, shown as a summary card (<see cref="Title"/> and a few <see cref="Facts"/>). Only an
/// <see cref="Open"/> row has its form (<see cref="Fields"/>) in the page; the others are posted back as "keep as stored".
/// </summary>
public sealed record RowView(Guid Id, string Path, int Number, string Title, IReadOnlyList<FieldView> Fields, string RemoveQuestion)
{
    /// <summary>"learning outcome 2": how buttons and messages name the row.</summary>
    public string Name { get; init; } = "";

    /// <summary>"learning outcome 2: LO2 — Analyse…": the row as the names of its Change and Remove buttons say it.</summary>
    public string Label { get; init; } = "";

    public IReadOnlyList<(string Label, string Value)> Facts { get; init; } = [];

    /// <summary>Fields of the row that review needs and that are still empty.</summary>
    public int Missing { get; init; }

    /// <summary>True when the row's form is in the page: the row just added, being changed, posted with its form, or with an error.</summary>
    public bool Open { get; init; }
}

public sealed record SectionView(string Heading, string? Intro, IReadOnlyList<FieldView> Fields);

/// <summary>
/// Turns a step definition plus values into what the page shows. Values come from the user's posted input when a
/// save was refused (so nothing typed is lost), otherwise from the stored content.
/// </summary>
public sealed class StepFormView
{
    private readonly object _content;
    private readonly IReadOnlyDictionary<string, StringValues>? _posted;
    private readonly IReadOnlyDictionary<string, string> _errors;
    private readonly ReferenceOptions _options;
    private readonly IReadOnlySet<string> _needed;
    private readonly DependencyFinder _dependencies;
    private readonly IReadOnlySet<Guid> _openRows;
    private readonly bool _foldRows;
    private readonly Func<IReadOnlyDictionary<(ReferenceSource Source, Guid Id), List<string>>>? _knownUses;
    private IReadOnlyDictionary<(ReferenceSource Source, Guid Id), List<string>>? _uses;

    /// <param name="openRows">Rows whose form is in the page (the row just added or being changed); rows with errors, and rows
    /// whose form was posted, open too.</param>
    /// <param name="foldRows">
    /// True on the step page of a stored step: only open rows get their fields. False builds every row's fields (frozen
    /// versions read for review, and a step never stored, whose prefilled rows have nothing stored to keep).
    /// </param>
    /// <param name="referenceUses">Where each row is referred to, when the caller knows it already for this very content (the shared
    /// assembled design of a saved state); otherwise the design is walked once for the page.</param>
    public StepFormView(StepDefinition definition, object content, IReadOnlyDictionary<string, StringValues>? posted,
        IReadOnlyDictionary<string, string> errors, ReferenceOptions options, IReadOnlySet<string> neededToSubmit, DependencyFinder dependencies,
        IReadOnlySet<Guid>? openRows = null, bool foldRows = false,
        Func<IReadOnlyDictionary<(ReferenceSource Source, Guid Id), List<string>>>? referenceUses = null)
    {
        _foldRows = foldRows;
        _knownUses = referenceUses;
        ArgumentNullException.ThrowIfNull(definition);
        _openRows = openRows ?? new HashSet<Guid>();
        _dependencies = dependencies;
        _content = content;
        _posted = posted;
        _errors = errors;
        _options = options;
        _needed = neededToSubmit;
        var all = definition.AllFields.ToList();
        Sections = [.. definition.Sections.Select(s => new SectionView(s.Heading, s.Intro, [.. s.Fields.Select(f => Field(f, content, "", all))]))];
    }

    public IReadOnlyList<SectionView> Sections { get; }

    /// <param name="fromPosted">False inside a row that was posted folded: its values come from the stored row, not the form.</param>
    /// <param name="insideOpenRow">True inside an open row: rows of that row show their forms too.</param>
    private FieldView Field(FieldSchema spec, object? target, string prefix, IReadOnlyList<FieldSchema> siblings, bool fromPosted = true, bool insideOpenRow = false)
    {
        var posted = fromPosted ? _posted : null;
        var path = prefix + spec.Name;
        var value = target is null ? null : spec.Property.GetValue(target);
        var (revealName, revealValues, hidden) = Applies(spec, target, prefix, siblings, value);
        return new FieldView
        {
            Path = path,
            Label = spec.Label,
            Hint = spec.Hint,
            Kind = spec.Kind,
            MaxLength = spec.MaxLength,
            Singular = spec.Singular,
            Error = _errors.GetValueOrDefault(path),
            NeededToSubmit = prefix.Length == 0 && _needed.Contains(spec.Name),
            MayBeUndecided = !spec.Needed,
            Value = spec.Kind is FieldKind.Rows or FieldKind.MultiChoice or FieldKind.ReferenceSet ? null : RawOrFormatted(posted, path, value),
            Values = spec.Kind is FieldKind.MultiChoice or FieldKind.ReferenceSet ? RawOrFormattedSet(posted, path, value) : new HashSet<string>(),
            Options = OptionsFor(spec),
            DateParts = spec.Kind == FieldKind.Date ? DatePartsOf(posted, path, value) : default,
            Rows = spec.Kind == FieldKind.Rows ? RowsOf(spec, value as IList, path, posted, insideOpenRow) : [],
            EmptyMessage = spec.Kind == FieldKind.Rows ? $"None yet — add the first {spec.Singular}." : null,
            RevealName = revealName,
            RevealValues = revealValues,
            Hidden = hidden && !_errors.ContainsKey(path),
        };
    }

    /// <summary>
    /// Whether a field that is only needed under a condition (the schema's "when") applies to the answers so far. The
    /// condition is tried with every answer of each choice on the same form; the first choice that changes the outcome
    /// decides, so the page can reveal the field as soon as that answer is picked. A field that holds a value always shows.
    /// </summary>
    private (string? Name, IReadOnlyList<string> Values, bool Hidden) Applies(FieldSchema spec, object? target, string prefix, IReadOnlyList<FieldSchema> siblings, object? value)
    {
        if (spec.NeededWhen is not { } when || spec.Kind == FieldKind.Rows || target is null)
        {
            return (null, [], false);
        }

        var content = _options.Content;
        bool Holds()
        {
            try
            {
                return when(target, content);
            }
            catch (Exception e) when (e is InvalidCastException or NullReferenceException or InvalidOperationException)
            {
                return true;
            }
        }

        var holdsNow = Holds();
        var hidden = !holdsNow && FieldSchema.IsEmpty(value);
        foreach (var choice in siblings.Where(f => f.Kind == FieldKind.Choice && f != spec))
        {
            var original = choice.Property.GetValue(target);
            var answers = Enum.GetValues(choice.EnumType!).Cast<object?>().Prepend(null).ToList();
            var yes = new List<string>();
            var no = 0;
            try
            {
                foreach (var answer in answers)
                {
                    choice.Property.SetValue(target, answer);
                    if (Holds())
                    {
                        yes.Add(answer?.ToString() ?? "");
                    }
                    else
                    {
                        no++;
                    }
                }
            }
            finally
            {
                choice.Property.SetValue(target, original);
            }

            if (yes.Count > 0 && no > 0)
            {
                return (prefix + choice.Name, yes, hidden);
            }
        }

        return (null, [], hidden);
    }

    private List<RowView> RowsOf(FieldSchema spec, IList? rows, string listPath, IReadOnlyDictionary<string, StringValues>? postedForm, bool insideOpenRow)
    {
        var stored = rows?.Cast<object>().ToList() ?? [];
        IEnumerable<Guid> ids = postedForm is not null && postedForm.TryGetValue(listPath + FieldPaths.RowsSuffix, out var posted)
            ? posted.Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()
            : stored.Select(r => FieldPaths.RowId(r) ?? Guid.Empty);
        if (postedForm is not null)
        {
            // A folded row whose stored version is gone (only a crafted or stale post) is not shown: the binder dropped it too.
            ids = ids.Where(id => !postedForm.ContainsKey(FieldPaths.Row(listPath, id) + FieldPaths.KeepSuffix) || stored.Any(r => FieldPaths.RowId(r) == id)).ToList();
        }

        var result = new List<RowView>();
        var number = 0;
        foreach (var id in ids)
        {
            number++;
            var row = stored.FirstOrDefault(r => FieldPaths.RowId(r) == id);
            var rowPath = FieldPaths.Row(listPath, id);
            var title = row is not null ? spec.Row!.Title(row) : "";
            if (row is not null && OwnerName(spec.Row!, row) is { } owner && !title.Contains(owner, StringComparison.Ordinal))
            {
                title = string.IsNullOrWhiteSpace(title) ? owner : $"{owner} — {title}";
            }

            var name = $"{spec.Singular ?? "row"} {number}";
            var heading = Capitalise(name) + (string.IsNullOrWhiteSpace(title) ? "" : $": {Shorten(title, 90)}");

            // Posted folded: the values are the stored row's. Posted with its form: the user's input, kept open so nothing is lost.
            var postedFolded = postedForm is not null && postedForm.ContainsKey(rowPath + FieldPaths.KeepSuffix);
            var postedOpen = postedForm is not null && !postedFolded;
            var open = !_foldRows || insideOpenRow || postedOpen || _openRows.Contains(id)
                || _errors.Keys.Any(k => k.StartsWith(rowPath + ".", StringComparison.Ordinal));
            var fields = open
                ? spec.RowFields.Select(f => Field(f, row, rowPath + ".", spec.RowFields, fromPosted: !postedFolded, insideOpenRow: true)).ToList()
                : [];
            result.Add(new RowView(id, rowPath, number, heading, fields, RemoveQuestion(spec, id, heading))
            {
                Name = name,
                Label = name + (string.IsNullOrWhiteSpace(title) ? "" : $": {Shorten(title, 90)}"),
                Facts = row is null ? [] : Facts(spec.Row!, row, title),
                Missing = row is null ? 0 : spec.RowFields.Count(f => f.IsNeeded(row, _options.Content) && FieldSchema.IsEmpty(f.GetValue(row))),
                Open = open,
            });
        }

        return result;
    }

    /// <summary>Rows that belong to an institution or a partner are named after it ("Rijnmond University — …").</summary>
    private string? OwnerName(RowSchema rows, object row) => rows.Owner is { } owner && owner.GetValue(row) is Guid id
        ? owner.Source switch
        {
            ReferenceSource.Institutions => _options.InstitutionNames.GetValueOrDefault(id),
            { } source => _options.For(source).FirstOrDefault(o => o.Value == id.ToString())?.Text,
            null => null,
        }
        : null;

    /// <summary>Up to four short facts for a row's summary card, from its fields in the order the form asks them, leaving out what the title says.</summary>
    private List<(string Label, string Value)> Facts(RowSchema rows, object row, string title)
    {
        var facts = new List<(string, string)>();
        foreach (var field in rows.Fields)
        {
            if (facts.Count == 4)
            {
                break;
            }

            // Left out: the field naming the row after its partner (the title says it), long texts, and short codes
            // such as a country code (the title shows the country's name).
            if (field.NamesRow || field.Kind == FieldKind.LongText || field.MaxLength is <= 3)
            {
                continue;
            }

            var text = FactText(field, field.GetValue(row));
            if (string.IsNullOrWhiteSpace(text) || title.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            facts.Add((field.Label, text));
        }

        return facts;
    }

    private string? FactText(FieldSchema field, object? value)
    {
        string Option(ReferenceSource source, Guid id)
        {
            var text = _options.For(source).FirstOrDefault(o => o.Value == id.ToString())?.Text ?? "";
            var dash = text.IndexOf(" — ", StringComparison.Ordinal);
            return Shorten(source == ReferenceSource.Outcomes && dash > 0 ? text[..dash] : text, 50);
        }

        static string List(IEnumerable<string> items)
        {
            var all = items.Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
            return all.Count <= 3 ? string.Join(", ", all) : $"{string.Join(", ", all.Take(3))} and {all.Count - 3} more";
        }

        return (field.Kind, value) switch
        {
            (_, null) => null,
            (FieldKind.Boolean, bool b) => b ? "Yes" : null,
            (FieldKind.Choice, Enum e) => EnumText.Of(e),
            (FieldKind.MultiChoice, IEnumerable items) => List(items.Cast<object>().Select(EnumText.Of)),
            (FieldKind.Reference, Guid id) when field.Source is { } source => Option(source, id),
            (FieldKind.ReferenceSet, List<Guid> ids) when field.Source is { } source => List(ids.Select(id => Option(source, id))),
            (FieldKind.Rows, IList list) => list.Count == 0 ? null : $"{list.Count}",
            (FieldKind.Lines, List<string> lines) => List(lines.Select(l => Shorten(l, 40))),
            (FieldKind.Date, DateOnly date) => MicroCred.Web.Features.Shared.Display.Date(date),
            (FieldKind.Decimal, decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture),
            (FieldKind.Integer, int i) => i.ToString(CultureInfo.InvariantCulture),
            (_, string text) => Shorten(text.Trim(), 60),
            _ => null,
        };
    }

    private string RemoveQuestion(FieldSchema spec, Guid id, string heading)
    {
        // The design is walked once for all rows of the page (the walk reads every step).
        IReadOnlyList<string> users = spec.Row?.Provides is { } source
            ? (_uses ??= _knownUses?.Invoke() ?? _dependencies.AllUses(_options.Content)).GetValueOrDefault((source, id)) ?? []
            : [];
        return users.Count == 0
            ? $"Remove {heading}?"
            : $"{heading} is used by {string.Join(", ", users.Take(5))}{(users.Count > 5 ? $" and {users.Count - 5} more" : "")}. Remove it anyway? Those references will be emptied.";
    }

    private IReadOnlyList<OptionView> OptionsFor(FieldSchema spec) => spec.Kind switch
    {
        FieldKind.Choice or FieldKind.MultiChoice => [.. Enum.GetValues(spec.EnumType!).Cast<object>().Select(v => new OptionView(v.ToString()!, EnumText.Of(v)))],
        FieldKind.Reference or FieldKind.ReferenceSet when spec.Source is { } source => _options.For(source),
        _ => [],
    };

    private static string? RawOrFormatted(IReadOnlyDictionary<string, StringValues>? posted, string path, object? value)
    {
        if (posted is not null)
        {
            return posted.TryGetValue(path, out var raw) ? raw.FirstOrDefault(v => v != "false") ?? raw.FirstOrDefault() : null;
        }

        return value switch
        {
            null => null,
            bool b => b ? "true" : "false",
            decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            List<string> lines => string.Join("\n", lines),
            _ => value.ToString(),
        };
    }

    private static (string?, string?, string?) DatePartsOf(IReadOnlyDictionary<string, StringValues>? posted, string path, object? value)
    {
        if (posted is not null)
        {
            string? Part(string suffix) => posted.TryGetValue(path + suffix, out var v) ? v.FirstOrDefault() : null;
            if (posted.TryGetValue(path, out var whole) && DateOnly.TryParseExact(whole.FirstOrDefault(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var typed))
            {
                return Split(typed);
            }

            return (Part(FieldPaths.DaySuffix), Part(FieldPaths.MonthSuffix), Part(FieldPaths.YearSuffix));
        }

        return value is DateOnly date ? Split(date) : (null, null, null);

        static (string?, string?, string?) Split(DateOnly d) =>
            (d.Day.ToString(CultureInfo.InvariantCulture), d.Month.ToString(CultureInfo.InvariantCulture), d.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static HashSet<string> RawOrFormattedSet(IReadOnlyDictionary<string, StringValues>? posted, string path, object? value)
    {
        if (posted is not null)
        {
            return posted.TryGetValue(path, out var raw) ? [.. raw.OfType<string>()] : [];
        }

        return value is IEnumerable items ? [.. items.Cast<object>().Select(i => i.ToString()!)] : [];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

/// <summary>Enum values as option text: HigherEducationInstitution → "Higher education institution", Level7 → "Level 7".</summary>
public static class EnumText
{
    public static string Of(object value)
    {
        var words = MicroCred.Domain.Checks.Describe.Words((Enum)value);
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
