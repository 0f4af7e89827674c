using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>How review states, gates and dates read in messages.</summary>
internal static class ReviewText
{
    public static string Gate(Gate gate) => gate switch
    {
        Checks.Gate.G1 => "design review",
        Checks.Gate.G2 => "development review",
        Checks.Gate.G3 => "approval for publication",
        _ => gate.ToString(),
    };

    public static string Status(DesignStatus status) => status switch
    {
        DesignStatus.Draft => "draft",
        DesignStatus.DesignReview => "in design review",
        DesignStatus.InDevelopment => "in development",
        DesignStatus.DevelopmentReview => "in development review",
        DesignStatus.ReadyForApproval => "ready for approval",
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

    public static string Date(DateTimeOffset at) => Dates.Long(at);

    public static string Date(DateOnly at) => Dates.Long(at);
}
