using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Designs;

/// <summary>What a step shows the first time it is opened, before anyone saved it: rows that every course shares start filled.</summary>
public static class StepStart
{
    /// <summary>Fills the rows a never-saved step starts with (the 13 core consortium clauses); other steps are returned as they are.</summary>
    public static object Prefill(WizardStep step, object content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (step == WizardStep.ConsortiumAgreement && content is ConsortiumAgreementStep agreement && agreement.Clauses.Count == 0)
        {
            agreement.Clauses = ConsortiumAgreementStep.CoreClauses();
        }

        return content;
    }
}
