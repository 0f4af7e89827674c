using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W6 learning outcomes and level.</summary>
internal static class OutcomeRules
{
    private const WizardStep Step = WizardStep.LearningOutcomes;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        var s = ctx.Content.LearningOutcomes;
        Lo01LevelInRange(s, f);
        Lo02OutcomesUnique(s, f);
        Lo03LevelMatchesOutcomes(s, f);
        Lo04MeasurableVerbs(s, f);
        Lo05SkillsForProfessionalCourse(s, f);
        Lo06EveryOutcomeUsed(ctx.Content, f);
    }

    // R-LO-01
    private static void Lo01LevelInRange(LearningOutcomesStep s, FindingList f)
    {
        if (!EqfLevels.IsValid(s.EqfLevel))
        {
            f.Error("R-LO-01", Step, "EqfLevel", "Set the course at EQF level 5, 6, 7 or 8; higher-education micro-credentials sit at these levels.");
        }

        foreach (var o in s.Outcomes.Where(o => o.EqfLevel is not null && !EqfLevels.IsValid(o.EqfLevel)))
        {
            f.Error("R-LO-01", Step, $"Outcomes[{o.Id}].EqfLevel", $"{Describe.Outcome(o)} has EQF level {(int)o.EqfLevel!.Value}; use 5, 6, 7 or 8.", o.Id);
        }
    }

    // R-LO-02
    private static void Lo02OutcomesUnique(LearningOutcomesStep s, FindingList f)
    {
        if (s.Outcomes.Count == 0)
        {
            f.Error("R-LO-02", Step, "Outcomes", "Add at least one learning outcome.");
            return;
        }

        foreach (var group in s.Outcomes.Where(o => o.Code.Trim().Length > 0).GroupBy(o => o.Code.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First();
            f.Error("R-LO-02", Step, $"Outcomes[{second.Id}].Code", $"The code {group.Key} is used by {group.Count()} outcomes; give each outcome its own code.", second.Id);
        }

        foreach (var group in s.Outcomes.Where(o => o.Statement.Trim().Length > 0).GroupBy(o => o.Statement.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var second = group.Skip(1).First();
            f.Error("R-LO-02", Step, $"Outcomes[{second.Id}].Statement",
                $"{Describe.Outcome(second)} repeats the statement of {group.First().Code}; merge them or reword one.", second.Id);
        }
    }

    // R-LO-03: the course level should be the majority level of its outcomes (ties: the rounded mean).
    private static void Lo03LevelMatchesOutcomes(LearningOutcomesStep s, FindingList f)
    {
        if (!EqfLevels.IsValid(s.EqfLevel))
        {
            return;
        }

        var levels = s.Outcomes.Where(o => EqfLevels.IsValid(o.EqfLevel)).Select(o => (int)o.EqfLevel!.Value).ToList();
        if (levels.Count == 0)
        {
            return;
        }

        var expected = EqfLevels.MajorityLevel(levels);
        if (expected != (int)s.EqfLevel!.Value)
        {
            f.Warning("R-LO-03", Step, "EqfLevel",
                $"The course is set at EQF {(int)s.EqfLevel.Value} but most of its outcomes are at EQF {expected}; align the course level with its outcomes or revise them.");
        }
    }

    // R-LO-04
    private static void Lo04MeasurableVerbs(LearningOutcomesStep s, FindingList f)
    {
        foreach (var o in s.Outcomes.Where(o => o.Statement.Trim().Length > 0))
        {
            var vague = OutcomeVerbs.VaguePhraseIn(o.Statement);
            if (vague is not null)
            {
                f.Warning("R-LO-04", Step, $"Outcomes[{o.Id}].Statement",
                    $"{Describe.Outcome(o)} uses '{vague}', which cannot be observed; use an action verb such as explain, analyse or design.", o.Id);
            }
            else if (!OutcomeVerbs.HasActionVerb(o.Statement))
            {
                f.Warning("R-LO-04", Step, $"Outcomes[{o.Id}].Statement",
                    $"{Describe.Outcome(o)} contains no observable action verb; start it with a verb such as identify, apply, evaluate or create.", o.Id);
            }
        }
    }

    // R-LO-05
    private static void Lo05SkillsForProfessionalCourse(LearningOutcomesStep s, FindingList f)
    {
        if (s.HasProfessionalOrientation && s.Outcomes.Count > 0 && !s.Outcomes.Any(o => o.Dimension == OutcomeDimension.Skills))
        {
            f.Info("R-LO-05", Step, "Outcomes", "The course has a professional orientation but no skills outcome; consider adding what learners will be able to do at work.");
        }
    }

    // R-LO-06: an outcome that no unit, activity or assessment refers to.
    private static void Lo06EveryOutcomeUsed(DesignContent c, FindingList f)
    {
        foreach (var o in c.LearningOutcomes.Outcomes)
        {
            var used = c.CoursePlan.Units.Any(u => u.OutcomeIds.Contains(o.Id))
                || c.LearningActivities.Activities.Any(a => a.OutcomeIds.Contains(o.Id))
                || c.Assessment.Components.Any(a => a.OutcomeIds.Contains(o.Id));
            if (!used)
            {
                f.Error("R-LO-06", Step, $"Outcomes[{o.Id}]",
                    $"{Describe.Outcome(o)} is not taught in any unit nor assessed; plan where learners reach it and how it is tested, or remove it.", o.Id);
            }
        }
    }
}

/// <summary>Action verbs per revised Bloom level, and phrases that describe no observable behaviour.</summary>
internal static class OutcomeVerbs
{
    private static readonly HashSet<string> _actionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        // remember
        "define", "list", "recall", "identify", "name", "recognise", "recognize", "state", "label", "locate", "describe", "outline",
        // understand
        "explain", "summarise", "summarize", "classify", "interpret", "illustrate", "paraphrase", "discuss", "distinguish", "translate", "exemplify", "infer",
        // apply
        "apply", "use", "implement", "execute", "demonstrate", "calculate", "solve", "operate", "perform", "carry", "conduct", "compute", "prepare", "test", "map", "rank",
        // analyse
        "analyse", "analyze", "compare", "contrast", "differentiate", "examine", "investigate", "organise", "organize", "attribute", "deconstruct", "diagnose", "model",
        // evaluate
        "evaluate", "assess", "judge", "justify", "critique", "argue", "defend", "appraise", "prioritise", "prioritize", "recommend", "select", "validate", "review",
        // create
        "create", "design", "develop", "formulate", "construct", "plan", "produce", "propose", "compose", "generate", "devise", "build", "write", "draft", "lead", "manage", "negotiate", "communicate", "present",
    };

    private static readonly string[] _vaguePhrases =
    [
        "be aware of", "be familiar with", "have knowledge of", "know", "understand", "appreciate", "learn about", "grasp", "be acquainted with",
    ];

    public static string? VaguePhraseIn(string statement)
    {
        var words = " " + string.Join(' ', Words(statement)) + " ";
        return _vaguePhrases.FirstOrDefault(p => words.Contains(" " + p + " ", StringComparison.OrdinalIgnoreCase));
    }

    public static bool HasActionVerb(string statement) =>
        Words(statement).Any(w => _actionVerbs.Contains(w) || (w.EndsWith('s') && _actionVerbs.Contains(w[..^1])));

    private static IEnumerable<string> Words(string statement) =>
        statement.Split([' ', ',', '.', ';', ':', '(', ')', '\n', '\t', '/', '"', '\''], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());
}
