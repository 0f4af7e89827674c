using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Checks;

/// <summary>Error blocks submission and export (from its gate on, when it has one); Warning is shown but never blocks; Info is advice.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
}

/// <summary>Quality gates of the review flow: design review, development review, approval for publication.</summary>
public enum Gate
{
    G1 = 1,
    G2 = 2,
    G3 = 3,
}

/// <summary>One result of the design checks, pointing at the step, field and row to fix.</summary>
public sealed record Finding(Severity Severity, string RuleId, string Message, WizardStep Step, string? FieldPath, Guid? RowId = null)
{
    /// <summary>For gate-tagged errors: the first gate at which the error blocks. Null means it always blocks.</summary>
    public Gate? AppliesFromGate { get; init; }

    /// <summary>What is wrong at this place alone, for lists that merge the findings of one rule; the message when null.</summary>
    public string? Detail { get; init; }

    public bool BlocksAt(Gate gate) => Severity == Severity.Error && (AppliesFromGate is null || gate >= AppliesFromGate);
}
