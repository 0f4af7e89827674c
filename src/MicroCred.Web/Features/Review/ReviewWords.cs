using MicroCred.Domain.Checks;
using MicroCred.Domain.Reviews;

namespace MicroCred.Web.Features.Review;

/// <summary>How gates, review states, outcomes and verdicts read on the review screens.</summary>
public static class ReviewWords
{
    public static string Gate(Gate gate) => gate switch
    {
        Domain.Checks.Gate.G1 => "design review",
        Domain.Checks.Gate.G2 => "development review",
        Domain.Checks.Gate.G3 => "approval for publication",
        _ => gate.ToString(),
    };

    public static string GateTitle(Gate gate) => Capitalise(Gate(gate));

    public static string State(ReviewState state) => state switch
    {
        ReviewState.Waiting => "Waiting for a reviewer",
        ReviewState.InReview => "In review",
        ReviewState.Decided => "Decided",
        _ => state.ToString(),
    };

    public static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Approved => "Approved",
        DecisionOutcome.ChangesRequested => "Changes requested",
        DecisionOutcome.Rejected => "Rejected",
        _ => outcome.ToString(),
    };

    public static string Verdict(Verdict verdict) => verdict switch
    {
        Domain.Reviews.Verdict.Met => "Met",
        Domain.Reviews.Verdict.PartlyMet => "Partly met",
        Domain.Reviews.Verdict.NotMet => "Not met",
        Domain.Reviews.Verdict.NotApplicable => "Not applicable",
        _ => verdict.ToString(),
    };

    public static string CommentStatus(CommentStatus status) => status switch
    {
        Domain.Reviews.CommentStatus.Open => "Open",
        Domain.Reviews.CommentStatus.Resolved => "Resolved by the team",
        Domain.Reviews.CommentStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Role(CommentRole role) => role switch
    {
        CommentRole.Reviewer => "reviewer",
        CommentRole.Guest => "external reviewer",
        CommentRole.Team => "course team",
        _ => role.ToString(),
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
