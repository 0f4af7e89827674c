using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W15 language policy.</summary>
internal static class LanguageRules
{
    private const WizardStep Step = WizardStep.LanguagePolicy;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.LanguagePolicy;

        // R-LNG-01
        foreach (var lang in s.AssessmentLanguages.Where(l => !s.InstructionLanguages.Contains(l, StringComparer.OrdinalIgnoreCase)))
        {
            f.Error("R-LNG-01", Step, "AssessmentLanguages",
                $"Learners would be assessed in '{lang}', which is not a language of instruction; assess only in languages the course is taught in.");
        }

        // R-LNG-02
        if (ctx.Content.Recruitment.RecruitsInternationally && s.InstructionLanguages.Count == 1
            && !s.InstructionLanguages[0].Equals("en", StringComparison.OrdinalIgnoreCase) && RuleHelpers.IsBlank(s.LanguageRationale))
        {
            f.Warning("R-LNG-02", Step, "LanguageRationale",
                $"You recruit internationally but teach only in '{s.InstructionLanguages[0]}'; explain how that fits the course's international ambition.");
        }

        // R-LNG-03
        if (!RuleHelpers.IsBlank(s.ProficiencyRequirement) && s.AcceptedProofs.Count == 0)
        {
            f.Error("R-LNG-03", Step, "AcceptedProofs", "A language level is required; list the certificates or tests accepted as proof.");
        }
    }
}
