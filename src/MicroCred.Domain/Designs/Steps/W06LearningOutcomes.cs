using System.Text.Json.Serialization;

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

public sealed class LearningOutcome
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
