namespace MicroCred.Web.Features.Review;

public enum ReviewOutcomeKind
{
    Done,
    Refused,
    NotFound,
}

/// <summary>What a review action ended in: done (with the confirmation), refused (with the reason), or not found.</summary>
public sealed record ReviewOutcome(ReviewOutcomeKind Kind, string Message = "")
{
    public static ReviewOutcome NotFound { get; } = new(ReviewOutcomeKind.NotFound);

    public static ReviewOutcome Done(string message) => new(ReviewOutcomeKind.Done, message);

    public static ReviewOutcome Refused(string message) => new(ReviewOutcomeKind.Refused, message);
}
