using System.Text.Json.Serialization;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W6: the course objective, its EQF level and the measurable learning outcomes.</summary>
public sealed class LearningOutcomesStep
{
    public string? CourseObjective { get; set; }
    public EqfLevel? EqfLevel { get; set; }
    public string? LevelRationale { get; set; }
    public List<OutcomeScheme> OutcomeScheme { get; set; } = [];
    public string? Orientation { get; set; }

    /// <summary>Whether the course has a professional orientation (drives advice on skills outcomes and authentic assessment).</summary>
    public CourseOrientation? OrientationType { get; set; }
    public List<Guid> CoDesignerPartnerIds { get; set; } = [];
    public List<string> OtherCoDesigners { get; set; } = [];
    public List<LearningOutcome> Outcomes { get; set; } = [];

    [JsonIgnore]
    public bool HasProfessionalOrientation =>
        OrientationType is CourseOrientation.Professional or CourseOrientation.AcademicAndProfessional;
}

public sealed class LearningOutcome : IOrderedRow
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Statement { get; set; } = "";
    public OutcomeDimension? Dimension { get; set; }
    public BloomLevel? BloomLevel { get; set; }
    public EqfLevel? EqfLevel { get; set; }
    public string? EscoReference { get; set; }
    public int Order { get; set; }
}

public enum EqfLevel
{
    Level5 = 5,
    Level6 = 6,
    Level7 = 7,
    Level8 = 8,
}

public enum QfEheaCycle
{
    ShortCycle,
    FirstCycle,
    SecondCycle,
    ThirdCycle,
}

public enum LevelBand
{
    Undergraduate,
    Postgraduate,
}

public enum OutcomeScheme
{
    BloomRevised,
    Esco,
    Other,
}

public enum CourseOrientation
{
    Academic,
    Professional,
    AcademicAndProfessional,
}

public enum OutcomeDimension
{
    Knowledge,
    Skills,
    ResponsibilityAndAutonomy,
}

public enum BloomLevel
{
    Remember,
    Understand,
    Apply,
    Analyse,
    Evaluate,
    Create,
}

/// <summary>Derived level information: QF-EHEA cycle and undergraduate/postgraduate band of an EQF level.</summary>
public static class EqfLevels
{
    public static bool IsValid(EqfLevel? level) => level is not null && Enum.IsDefined(level.Value);

    public static QfEheaCycle CycleOf(EqfLevel level) => level switch
    {
        EqfLevel.Level5 => QfEheaCycle.ShortCycle,
        EqfLevel.Level6 => QfEheaCycle.FirstCycle,
        EqfLevel.Level7 => QfEheaCycle.SecondCycle,
        EqfLevel.Level8 => QfEheaCycle.ThirdCycle,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Higher-education micro-credentials sit at EQF 5 to 8."),
    };

    public static LevelBand BandOf(EqfLevel level) =>
        level <= EqfLevel.Level6 ? LevelBand.Undergraduate : LevelBand.Postgraduate;

    /// <summary>The level most outcomes are at; on a tie, the rounded mean of all outcome levels.</summary>
    public static int MajorityLevel(IReadOnlyCollection<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var groups = levels.GroupBy(l => l).Select(g => (Level: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        if (groups.Count > 1 && groups[0].Count == groups[1].Count)
        {
            return (int)Math.Round(levels.Average(), MidpointRounding.AwayFromZero);
        }

        return groups[0].Level;
    }

    public static string CycleLabel(QfEheaCycle cycle) => cycle switch
    {
        QfEheaCycle.ShortCycle => "QF-EHEA short cycle",
        QfEheaCycle.FirstCycle => "QF-EHEA first cycle",
        QfEheaCycle.SecondCycle => "QF-EHEA second cycle",
        _ => "QF-EHEA third cycle",
    };
}

/// <summary>The fields of LearningOutcomes, declared once: words, kinds, limits, references and what review needs.</summary>
public static class LearningOutcomesStepSchema
{
    public static StepSchema<LearningOutcomesStep> Schema { get; } = new(WizardStep.LearningOutcomes, form => form
        .Section("Course objective and level")
        .Field(s => s.CourseObjective, "Course objective",
            "One or two sentences on what the course sets out to achieve for its learners.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.EqfLevel, "EQF level of the course",
            "Higher-education micro-credentials sit at level 5, 6, 7 or 8. Most outcomes should be at this level.", needed: true)
        .Field(s => s.LevelRationale, "Why this level",
            "Explain the choice, for example when outcomes sit at different levels.", kind: FieldKind.LongText, needed: true)
        .Field(s => s.OrientationType, "Orientation of the course",
            "A professional orientation calls for skills outcomes and authentic assessment.")
        .Field(s => s.Orientation, "About the orientation", "The professional field or academic discipline the course serves, for example \"urban planning in coastal municipalities\".", kind: FieldKind.LongText, needed: true)
        .Section("How the outcomes were written")
        .Field(s => s.OutcomeScheme, "Frameworks used to word the outcomes", "Tick every framework the team used.", needed: true)
        .Field(s => s.CoDesignerPartnerIds, "Partners who co-designed the outcomes", refersTo: ReferenceSource.Partners)
        .Field(s => s.OtherCoDesigners, "Other co-designers", "Employers, professional bodies or learners; one per line.")
        .Section("Learning outcomes", "Write each outcome as something a learner can show: start with an action verb and keep it measurable.")
        .Rows(s => s.Outcomes, "Learning outcomes", "learning outcome", row => row
                .Field(o => o.Code, "Code", "A short code used in the course plan and assessment, for example LO1.", maxLength: 10, needed: true)
                .Field(o => o.Statement, "Outcome", "What the learner can do after the course, for example \"Compare adaptation options using cost–benefit analysis\".", maxLength: 600, kind: FieldKind.LongText, needed: true)
                .Field(o => o.Dimension, "Dimension", needed: true)
                .Field(o => o.BloomLevel, "Bloom level", "The cognitive level of the verb you chose.", when: (o, c) => c.LearningOutcomes.OutcomeScheme.Contains(OutcomeScheme.BloomRevised))
                .Field(o => o.EqfLevel, "EQF level of this outcome", needed: true)
                .Field(o => o.EscoReference, "ESCO skill reference", "Optional: the ESCO skill or competence this outcome builds."),
            title: o => string.IsNullOrWhiteSpace(o.Code) ? o.Statement : $"{o.Code} — {o.Statement}", needed: true, provides: ReferenceSource.Outcomes));
}
