using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>Choices and words the cohort pages share.</summary>
public static class CohortViews
{
    public static IEnumerable<SelectListItem> Participation(DeliveryMode? selected) =>
        Enum.GetValues<DeliveryMode>().Select(m => new SelectListItem(CohortParticipation.Words(m), m.ToString(), m == selected));

    public static IEnumerable<SelectListItem> Results(string? selected) =>
        Enum.GetValues<LearnerResult>().Select(r => new SelectListItem(FormValues.ResultText(r), r.ToString(), FormValues.Result(selected) == r));

    /// <summary>The hint under the mobility box: which mobility the course plans.</summary>
    public static string MobilityHint(string plannedMobility) =>
        $"The course plans {plannedMobility}. Tick this only when learners of this run took part in it; their certificates then say so.";

    public static string Grade(decimal? grade) => grade is { } g ? g.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
