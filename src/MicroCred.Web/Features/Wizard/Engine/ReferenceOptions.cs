using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Web.Features.Wizard.Engine;

public sealed record OptionView(string Value, string Text);

/// <summary>
/// The pick lists for reference fields ("LO2 — Compare adaptation options…"), built from the design's own rows and
/// from the portal's institutions and people. Also answers "what uses this row?" before a row is removed.
/// </summary>
public sealed class ReferenceOptions
{
    private readonly Dictionary<ReferenceSource, IReadOnlyList<OptionView>> _options;

    /// <summary>The steps whose content the pick lists are built from (a save reads only these and the step saved).</summary>
    public static IReadOnlySet<WizardStep> StepsRead { get; } = new HashSet<WizardStep>
    {
        WizardStep.Partnership, WizardStep.CourseTeam, WizardStep.LearningOutcomes, WizardStep.CoursePlan,
        WizardStep.LearningActivities, WizardStep.Delivery, WizardStep.Assessment,
    };

    public ReferenceOptions(DesignContent content, IReadOnlyDictionary<Guid, string> institutions, IReadOnlyList<OptionView> users)
    {
        Content = content;
        InstitutionNames = institutions;
        _options = new()
        {
            [ReferenceSource.Partners] = [.. content.Partnership.Partners.Select(p => new OptionView(p.Id.ToString(), PartnerName(p)))],
            [ReferenceSource.Members] = [.. content.CourseTeam.Members.Select(m => new OptionView(m.Id.ToString(), Named(m.FullName, "Unnamed team member")))],
            [ReferenceSource.Outcomes] = [.. content.LearningOutcomes.Outcomes.Select(o => new OptionView(o.Id.ToString(), Truncate(Joined(o.Code, o.Statement), 110)))],
            [ReferenceSource.Units] = [.. content.CoursePlan.Units.Select((u, i) => new OptionView(u.Id.ToString(), $"Unit {i + 1}: {Named(u.Title, "untitled")}"))],
            [ReferenceSource.Activities] = [.. content.LearningActivities.Activities.Select(a => new OptionView(a.Id.ToString(), Named(a.Title, "Untitled activity")))],
            [ReferenceSource.Tools] = [.. content.Delivery.Tools.Select(t => new OptionView(t.Id.ToString(), Named(t.Name, "Unnamed tool")))],
            [ReferenceSource.Components] = [.. content.Assessment.Components.Select(c => new OptionView(c.Id.ToString(), Named(c.Title, "Untitled component")))],
            [ReferenceSource.Institutions] = [.. institutions.OrderBy(i => i.Value, StringComparer.CurrentCulture).Select(i => new OptionView(i.Key.ToString(), i.Value))],
            [ReferenceSource.Users] = users,
        };
    }

    public DesignContent Content { get; }

    public IReadOnlyDictionary<Guid, string> InstitutionNames { get; }

    public IReadOnlyList<OptionView> For(ReferenceSource source) => _options[source];

    public bool Contains(ReferenceSource source, string value) => _options[source].Any(o => o.Value == value);

    public string PartnerName(MicroCred.Domain.Designs.Steps.Partner partner) =>
        partner.InstitutionId is { } id && InstitutionNames.TryGetValue(id, out var name)
            ? name + (partner.PartnerRole is { } role ? $" ({MicroCred.Domain.Checks.Describe.Words(role).ToLowerInvariant()})" : "")
            : Named(partner.ContactName, "Partner without an institution");

    private static string Joined(string? code, string? text) =>
        string.IsNullOrWhiteSpace(code) ? Named(text, "Untitled") : $"{code} — {Named(text, "untitled")}";

    private static string Named(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
