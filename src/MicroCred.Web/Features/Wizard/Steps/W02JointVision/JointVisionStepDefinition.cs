using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W02JointVision;

/// <summary>W2: why the course exists, for whom, what it adds to the existing offer and where it leads.</summary>
public sealed class JointVisionStepDefinition : StepDefinition<JointVisionStep>
{
    public override WizardStep Step => WizardStep.JointVision;

    protected override void Describe(FormBuilder<JointVisionStep> form) => form
        .Section("Needs", "What gap does the course fill, and how do you know?")
        .Field(s => s.NeedsEvidence, "How you found the need", "Tick every source you used.")
        .Rows(s => s.StakeholdersConsulted, "Who you consulted", "stakeholder", row => row
                .Field(k => k.Name, "Name", "The organisation or group, for example \"Association of Coastal Municipalities\".")
                .Field(k => k.Type, "Kind of stakeholder"),
            hint: "Employers, professional bodies, alumni or learners you spoke to. Needed when you ticked a stakeholder consultation.",
            title: StakeholderTitle)
        .Field(s => s.NeedsSummary, "What the needs analysis found",
            "The field, the gaps in skills you found and where the evidence comes from.")
        .Field(s => s.LearnerNeeds, "What learners want from it", "Tick every need the course answers.")
        .Field(s => s.AvailableStudyTime, "Study time learners can spare",
            "In your own words, for example \"one evening a week and some weekend time\".")
        .Field(s => s.AvailableHoursPerWeek, "Hours per week available", "Hours per week, for example 6.")
        .Field(s => s.FlexibilityNeeded, "Flexibility learners need", "How much freedom learners need over when and where they study.")
        .Field(s => s.PreferredDeliveryModes, "Delivery modes learners prefer", "Tick every mode learners asked for.")
        .Section("Academic and professional profile")
        .Field(s => s.AcademicProfile, "Academic profile",
            "The subject area and the research behind the course, including links between disciplines.")
        .Field(s => s.ProfessionalProfile, "Professional profile",
            "The jobs and sectors the course serves, and how it helps learners' careers or innovation at work.")
        .Field(s => s.SocietalChallenges, "Challenges in society it tackles", "The social, economic or cultural needs the course responds to.")
        .Field(s => s.DegreeLink, "Link to degree programmes", "Optional: how the course relates to the partners' bachelor or master programmes.")
        .Field(s => s.TargetSectors, "Sectors and professions served", "One per line, for example \"Local government\".")
        .Section("Learners", "Who is the course for, and what do they bring?")
        .Field(s => s.TargetGroups, "Target groups", "Tick every group you want to reach.")
        .Field(s => s.LearnerProfileArchetypes, "Learner profiles",
            "Optional: experienced experts, experienced people exploring a new field, or people starting out.")
        .Field(s => s.PriorKnowledgeNeeded, "Prior knowledge needed",
            "What learners should know or have done before they start, for example \"a bachelor's degree in engineering or three years' work in planning\".")
        .Field(s => s.Motivation, "Why learners will enrol", "What they want to get better at, and for which jobs.")
        .Field(s => s.WorkSituationAndStudyTime, "Learners' work and study time",
            "Optional: for example \"mostly full-time employed, studying in the evenings\".")
        .Field(s => s.NonTraditionalLearners, "Expect learners new to university",
            "Tick if some learners have no higher-education experience or little confidence with digital tools.")
        .Field(s => s.NonTraditionalLearnerSupport, "Support for learners new to university",
            "If ticked: the extra help you plan, for example a starter module or a study buddy.")
        .Section("Objectives and what makes the course stand out")
        .Field(s => s.GeneralObjectives, "General objectives", "What the course should achieve in economic, social and cultural terms.")
        .Field(s => s.AcademicObjectives, "Academic objectives",
            "What it should achieve academically, including what it adds to the partners' innovation and standing.")
        .Field(s => s.UniqueSellingPoint, "Why learners will choose it",
            "What makes the course stand out, so that enough learners inside and outside the partner universities sign up.")
        .Field(s => s.ExpectedLearnersPerRun, "Expected learners per run", "Number of learners each time the course runs, for example 30.")
        .Section("Courses already on offer")
        .Rows(s => s.RelatedOfferings, "Related courses and programmes", "related course", row => row
                .Field(o => o.Title, "Title", "For example \"MSc Coastal and Delta Management\".")
                .Field(o => o.Institution, "Offered by", "The university or organisation that runs it.", kind: FieldKind.Text)
                .Field(o => o.Relation, "How it relates to this course")
                .Field(o => o.CollaborationPossible, "Could work together", "Tick if you could cooperate with this course or programme."),
            hint: "Optional: courses in the same field at the partners or elsewhere.",
            title: OfferingTitle)
        .Field(s => s.AddedValue, "What this course adds",
            "Why the course is worth offering next to what already exists, and how it raises quality in the field.")
        .Section("Stacking and lifespan",
            "Decide early whether the course stands alone or counts towards a larger credential: recognition talks take time.")
        .Field(s => s.Stackability, "Stand-alone or stackable")
        .Field(s => s.StackingApproach, "How it stacks", "Only for a stackable course.")
        .Rows(s => s.StackingTargets, "Credentials it counts towards", "credential it counts towards", row => row
                .Field(t => t.Title, "Title", "For example \"MSc Coastal and Delta Management\".")
                .Field(t => t.Institution, "Awarded by", "The university that awards this credential.", kind: FieldKind.Text)
                .Field(t => t.Type, "Kind of credential")
                .Field(t => t.Layer, "Size of the credential", "Only if you chose \"Other\" as the kind: where it sits, from microlearning unit to degree.")
                .Field(t => t.ProgrammeDirectorConsulted, "Programme director consulted",
                    "Tick if the director of that programme has been asked. Otherwise learners must ask for recognition themselves.")
                .Field(t => t.ExemptionAgreed, "Exemption agreed", "Tick if learners are already promised an exemption in that programme.")
                .Field(t => t.CreditsRecognised, "Credits recognised", "ECTS, one decimal at most, for example 3."),
            hint: "For a stackable course, name at least one programme it counts towards.",
            title: TargetTitle)
        .Field(s => s.RecognitionRoute, "How credits get recognised", "Tick every route open to learners.")
        .Field(s => s.OverlapNotes, "Overlaps to watch",
            "Optional: courses that cover much the same ground and should not be combined with this one.")
        .Field(s => s.Lifespan, "How often it runs", "Once, repeated runs, or open to start at any time.")
        .Field(s => s.PlannedYears, "Years it will be offered", "Years, from 1 to 20, for example 5. Not needed for a single run.");

    private static string StakeholderTitle(Stakeholder k)
    {
        var name = string.IsNullOrWhiteSpace(k.Name) ? "Unnamed stakeholder" : k.Name.Trim();
        return k.Type is { } type ? $"{name} — {Words(type)}" : name;
    }

    private static string OfferingTitle(RelatedOffering o)
    {
        var title = string.IsNullOrWhiteSpace(o.Title) ? "Untitled course" : o.Title.Trim();
        var by = string.IsNullOrWhiteSpace(o.Institution) ? "" : $" ({o.Institution.Trim()})";
        var relation = o.Relation switch
        {
            OfferingRelation.Overlaps => " — overlaps",
            OfferingRelation.Complements => " — complements",
            OfferingRelation.Prerequisite => " — comes before this course",
            OfferingRelation.FollowUp => " — follow-up to this course",
            _ => "",
        };
        return title + by + relation;
    }

    private static string TargetTitle(StackingTarget t)
    {
        var title = string.IsNullOrWhiteSpace(t.Title) ? "Untitled credential" : t.Title.Trim();
        var by = string.IsNullOrWhiteSpace(t.Institution) ? "" : $" ({t.Institution.Trim()})";
        var credits = t.CreditsRecognised is { } ects ? $" — {ects:0.#} ECTS recognised" : "";
        return title + by + credits;
    }

    private static string Words<T>(T value)
        where T : struct, Enum => Domain.Checks.Describe.Words(value);
}

public sealed class JointVisionStepValidator : StepValidator<JointVisionStep>
{
    public const decimal MaxHoursPerWeek = 60m;
    public const int MaxLearnersPerRun = 100_000;
    public const decimal MaxCreditsRecognised = 60m;

    public JointVisionStepValidator(JointVisionStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.AvailableHoursPerWeek).LessThanOrEqualTo(MaxHoursPerWeek)
            .WithMessage($"Hours per week available must be {MaxHoursPerWeek:0} or fewer: enter hours per week, not for the whole course.");

        RuleFor(s => s.ExpectedLearnersPerRun).InclusiveBetween(1, MaxLearnersPerRun)
            .When(s => s.ExpectedLearnersPerRun is not null)
            .WithMessage($"Expected learners per run must be a number from 1 to {MaxLearnersPerRun:N0}, or leave it empty if you don't know yet.");

        RuleFor(s => s.PlannedYears).InclusiveBetween(1, 20)
            .When(s => s.PlannedYears is not null)
            .WithMessage("Years it will be offered must be a whole number from 1 to 20.");

        RuleFor(s => s.StakeholdersConsulted).Must(rows => NoRepeats(rows.Select(k => k.Name)))
            .WithMessage("The same stakeholder is listed twice: keep one row for each organisation or group you consulted.");

        RuleFor(s => s.RelatedOfferings).Must(rows => NoRepeats(rows.Select(o => $"{o.Title.Trim()}|{o.Institution?.Trim()}")))
            .WithMessage("The same course is listed twice under related courses: remove one of the rows.");

        RuleFor(s => s.StackingTargets).Custom((targets, context) =>
        {
            foreach (var t in targets)
            {
                var path = $"{nameof(JointVisionStep.StackingTargets)}[{t.Id}].{nameof(StackingTarget.CreditsRecognised)}";
                if (t.CreditsRecognised is { } ects && ects > MaxCreditsRecognised)
                {
                    context.AddFailure(path, $"Credits recognised must be {MaxCreditsRecognised:0} ECTS or fewer: enter the credits this course earns in that programme.");
                }
                else if (t.CreditsRecognised is { } credits && decimal.Round(credits, 1) != credits)
                {
                    context.AddFailure(path, "Give the credits recognised with at most one decimal, for example 3 or 2.5.");
                }
            }

            if (!NoRepeats(targets.Select(t => $"{t.Title.Trim()}|{t.Institution?.Trim()}")))
            {
                context.AddFailure(nameof(JointVisionStep.StackingTargets),
                    "The same credential is listed twice under credentials it counts towards: remove one of the rows.");
            }
        });
    }

    /// <summary>True when no non-empty key occurs twice (ignoring case and surrounding spaces).</summary>
    private static bool NoRepeats(IEnumerable<string?> keys) => keys
        .Where(k => !string.IsNullOrWhiteSpace(k) && k.Trim() != "|")
        .GroupBy(k => k!.Trim(), StringComparer.OrdinalIgnoreCase)
        .All(g => g.Count() == 1);
}
