using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Checks;

/// <summary>Collects findings while the rules run.</summary>
internal sealed class FindingList
{
    public List<Finding> Items { get; } = [];

    public void Error(string rule, WizardStep step, string? field, string message, Guid? row = null, Gate? gate = null) =>
        Items.Add(new Finding(Severity.Error, rule, message, step, field, row) { AppliesFromGate = gate });

    public void Warning(string rule, WizardStep step, string? field, string message, Guid? row = null) =>
        Items.Add(new Finding(Severity.Warning, rule, message, step, field, row));

    public void Info(string rule, WizardStep step, string? field, string message, Guid? row = null) =>
        Items.Add(new Finding(Severity.Info, rule, message, step, field, row));
}
