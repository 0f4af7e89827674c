using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>Choices and words the cohort pages share.</summary>
public static class CohortViews
{
    public static IEnumerable<SelectListItem> Participation(DeliveryMode? selected) =>
        Enum.GetValues<DeliveryMode>().Select(m => new SelectListItem(Capitalised(Describe.Words(m)), m.ToString(), m == selected));

    public static IEnumerable<SelectListItem> Results(string? selected) =>
        Enum.GetValues<LearnerResult>().Select(r => new SelectListItem(FormValues.ResultText(r), r.ToString(), FormValues.Result(selected) == r));

    public static string Participation(DeliveryMode mode) => Capitalised(Describe.Words(mode));

    public static string Grade(decimal? grade) => grade is { } g ? g.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
