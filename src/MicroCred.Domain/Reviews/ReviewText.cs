using System.Globalization;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>How review states, gates and dates read in messages.</summary>
internal static class ReviewText
{
    public static string Gate(Gate gate) => gate switch
    {
        Checks.Gate.G1 => "design review (G1)",
        Checks.Gate.G2 => "development review (G2)",
        Checks.Gate.G3 => "approval for publication (G3)",
        _ => gate.ToString(),
    };

    public static string Status(DesignStatus status) => status switch
    {
        DesignStatus.Draft => "draft",
        DesignStatus.DesignReview => "in design review (G1)",
        DesignStatus.InDevelopment => "in development",
        DesignStatus.DevelopmentReview => "in development review (G2)",
        DesignStatus.ReadyForApproval => "ready for approval (G3)",
        DesignStatus.Published => "published",
        DesignStatus.Retired => "retired",
        _ => status.ToString(),
    };

    public static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approved => "approved",
        DecisionOutcome.ChangesRequested => "changes requested",
        DecisionOutcome.Rejected => "rejected",
        _ => outcome.ToString(),
    };

    public static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
