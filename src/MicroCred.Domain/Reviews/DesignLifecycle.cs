using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>What can be done to a design in the lifecycle of DOMAIN.md 4.2.</summary>
public enum LifecycleAction
{
    Submit,
    Approve,
    RequestChanges,
    Reject,
    Withdraw,
    Retire,
    StartRevision,
}

/// <summary>
/// The transition table of the design lifecycle, as a pure function so screens can show only the moves that are possible.
/// A design is "under review" between a submission and the gate decision; in ReadyForApproval the team first completes the
/// publication facts (signatures, board approvals) and then submits for G3.
/// </summary>
public static class DesignLifecycle
{
    public static bool IsWorkingState(DesignStatus status) =>
        status is DesignStatus.Draft or DesignStatus.InDevelopment or DesignStatus.ReadyForApproval;

    /// <summary>The gate the next submission goes to, or null when the design cannot be submitted in this state.</summary>
    public static Gate? GateForSubmission(DesignStatus status, bool underReview) => (status, underReview) switch
    {
        (DesignStatus.Draft, false) => Gate.G1,
        (DesignStatus.InDevelopment, false) => Gate.G2,
        (DesignStatus.ReadyForApproval, false) => Gate.G3,
        _ => null,
    };

    /// <summary>The state after the action, or null when the action is refused in this state.</summary>
    public static DesignStatus? Next(DesignStatus status, bool underReview, LifecycleAction action) => (action, status, underReview) switch
    {
        (LifecycleAction.Submit, DesignStatus.Draft, false) => DesignStatus.DesignReview,
        (LifecycleAction.Submit, DesignStatus.InDevelopment, false) => DesignStatus.DevelopmentReview,
        (LifecycleAction.Submit, DesignStatus.ReadyForApproval, false) => DesignStatus.ReadyForApproval,

        (LifecycleAction.Approve, DesignStatus.DesignReview, true) => DesignStatus.InDevelopment,
        (LifecycleAction.Approve, DesignStatus.DevelopmentReview, true) => DesignStatus.ReadyForApproval,
        (LifecycleAction.Approve, DesignStatus.ReadyForApproval, true) => DesignStatus.Published,

        // Changes requested and rejected both return to the working state before the gate (see Rejected on DecisionOutcome).
        (LifecycleAction.RequestChanges or LifecycleAction.Reject, DesignStatus.DesignReview, true) => DesignStatus.Draft,
        (LifecycleAction.RequestChanges or LifecycleAction.Reject, DesignStatus.DevelopmentReview, true) => DesignStatus.InDevelopment,
        (LifecycleAction.RequestChanges or LifecycleAction.Reject, DesignStatus.ReadyForApproval, true) => DesignStatus.InDevelopment,

        (LifecycleAction.Withdraw, DesignStatus.Draft or DesignStatus.InDevelopment or DesignStatus.ReadyForApproval, false) => DesignStatus.Retired,
        (LifecycleAction.Retire, DesignStatus.Published, false) => DesignStatus.Retired,
        (LifecycleAction.StartRevision, DesignStatus.Published, false) => DesignStatus.Draft,
        _ => null,
    };

    public static bool IsAllowed(DesignStatus status, bool underReview, LifecycleAction action) => Next(status, underReview, action) is not null;

    /// <summary>The actions possible in this state, in a fixed order, for showing the next steps.</summary>
    public static IReadOnlyList<LifecycleAction> Available(DesignStatus status, bool underReview) =>
        [.. Enum.GetValues<LifecycleAction>().Where(a => IsAllowed(status, underReview, a))];

    /// <summary>Why an action is refused, in words for the user.</summary>
    public static string Refusal(DesignStatus status, bool underReview, LifecycleAction action)
    {
        var state = ReviewText.Status(status);
        if (status == DesignStatus.Retired)
        {
            return "This course design is retired; nothing more can be done with it.";
        }

        return action switch
        {
            LifecycleAction.Submit when underReview => "A version of this design is already under review; wait for the decision before submitting again.",
            LifecycleAction.Submit => $"A design that is {state} cannot be submitted; start a revision first.",
            LifecycleAction.Approve or LifecycleAction.RequestChanges or LifecycleAction.Reject =>
                $"There is no version under review to decide on; the design is {state}.",
            LifecycleAction.Withdraw when underReview => "The design cannot be withdrawn while a version is under review; wait for the decision.",
            LifecycleAction.Withdraw => $"A design that is {state} cannot be withdrawn; a published course is retired instead.",
            LifecycleAction.Retire => $"Only a published course can be retired; the design is {state}. The team leader can withdraw a design that is still being worked on.",
            LifecycleAction.StartRevision => $"Only a published course can be revised; the design is {state}.",
            _ => $"This is not possible while the design is {state}.",
        };
    }

    internal static DesignStatus Require(DesignStatus status, bool underReview, LifecycleAction action) =>
        Next(status, underReview, action) ?? throw new DomainException(Refusal(status, underReview, action));
}
