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

    public IReadOnlyList<OptionView> Options { get; init; } = [];

    public string? Error { get; init; }

    public bool NeededToSubmit { get; init; }

    /// <summary>True when "not decided yet" is a real answer: review never needs this field.</summary>
    public bool MayBeUndecided { get; init; }

    public int? MaxLength { get; init; }

    public string? Singular { get; init; }

    public IReadOnlyList<RowView> Rows { get; init; } = [];

    public string? EmptyMessage { get; init; }
}

public sealed record RowView(Guid Id, string Path, int Number, string Title, IReadOnlyList<FieldView> Fields, string RemoveQuestion);

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

    public StepFormView(StepDefinition definition, object content, IReadOnlyDictionary<string, StringValues>? posted,
        IReadOnlyDictionary<string, string> errors, ReferenceOptions options, IReadOnlySet<string> neededToSubmit, DependencyFinder dependencies)
    {
        _dependencies = dependencies;
        _content = content;
        _posted = posted;
        _errors = errors;
        _options = options;
        _needed = neededToSubmit;
        Sections = [.. definition.Sections.Select(s => new SectionView(s.Heading, s.Intro, [.. s.Fields.Select(f => Field(f, content, ""))]))];
    }

    public IReadOnlyList<SectionView> Sections { get; }

    private FieldView Field(FieldSchema spec, object? target, string prefix)
    {
        var path = prefix + spec.Name;
        var value = target is null ? null : spec.Property.GetValue(target);
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
            Value = spec.Kind is FieldKind.Rows or FieldKind.MultiChoice or FieldKind.ReferenceSet ? null : RawOrFormatted(path, spec, value),
            Values = spec.Kind is FieldKind.MultiChoice or FieldKind.ReferenceSet ? RawOrFormattedSet(path, value) : new HashSet<string>(),
            Options = OptionsFor(spec),
            Rows = spec.Kind == FieldKind.Rows ? RowsOf(spec, value as IList, path) : [],
            EmptyMessage = spec.Kind == FieldKind.Rows ? $"None yet — add the first {spec.Singular}." : null,
        };
    }

    private List<RowView> RowsOf(FieldSchema spec, IList? rows, string listPath)
    {
        var stored = rows?.Cast<object>().ToList() ?? [];
        IEnumerable<Guid> ids = _posted is not null && _posted.TryGetValue(listPath + FieldPaths.RowsSuffix, out var posted)
            ? posted.Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()
            : stored.Select(r => FieldPaths.RowId(r) ?? Guid.Empty);
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

            var heading = $"{Capitalise(spec.Singular ?? "row")} {number}" + (string.IsNullOrWhiteSpace(title) ? "" : $": {Shorten(title, 90)}");
            result.Add(new RowView(id, rowPath, number, heading,
                [.. spec.RowFields.Select(f => Field(f, row, rowPath + "."))],
                RemoveQuestion(spec, id, heading)));
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

    private string RemoveQuestion(FieldSchema spec, Guid id, string heading)
    {
        var users = spec.Row?.Provides is { } source
            ? _dependencies.UsesOf(_options.Content, source, id)
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

    private string? RawOrFormatted(string path, FieldSchema spec, object? value)
    {
        if (_posted is not null)
        {
            return _posted.TryGetValue(path, out var raw) ? raw.FirstOrDefault(v => v != "false") ?? raw.FirstOrDefault() : null;
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

    private HashSet<string> RawOrFormattedSet(string path, object? value)
    {
        if (_posted is not null)
        {
            return _posted.TryGetValue(path, out var raw) ? [.. raw.OfType<string>()] : [];
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
