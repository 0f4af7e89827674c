using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Credentials;

/// <summary>
/// EU element 10, "form of participation", as a cohort ran it: the cohort's own form (not the course's planned modes) and the
/// course's international mobility only when that run included it. The cohort page, the certificate and the verification
/// page all print these words.
/// </summary>
public static class CohortParticipation
{
    /// <summary>The form of participation in words a reader outside the institution understands.</summary>
    public static string Words(DeliveryMode mode) => mode switch
    {
        DeliveryMode.SynchronousHybrid => "Synchronous hybrid (on site and remote at the same time)",
        DeliveryMode.Blended => "Blended (online and on site)",
        DeliveryMode.OnlineDistanceAsynchronous => "Online distance learning, at the learner's own time",
        DeliveryMode.OnlineSynchronous => "Online, in live sessions",
        _ => "Face to face, on site",
    };

    /// <summary>
    /// The international mobility the course plans (physical or blended activities, step 9), as one line of titles, or null
    /// when it plans none. Virtual mobility is part of the online form and is not listed.
    /// </summary>
    public static string? PlannedMobility(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var titles = content.InternationalMobility.Activities
            .Where(a => a.Mobility is MobilityKind.Physical or MobilityKind.Blended)
            .Select(a => string.IsNullOrWhiteSpace(a.Title) ? "an international activity" : a.Title.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return titles.Count == 0 ? null : string.Join(", ", titles);
    }

    /// <summary>The printed element 10: the run's form, then the mobility when the run included it.</summary>
    public static string Text(DeliveryMode mode, string? includedMobility) =>
        string.IsNullOrWhiteSpace(includedMobility) ? Words(mode) : $"{Words(mode)}; included international mobility ({includedMobility.Trim()})";
}
