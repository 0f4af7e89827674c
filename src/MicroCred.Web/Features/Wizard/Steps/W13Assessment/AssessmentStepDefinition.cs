using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using DescribeText = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W13Assessment;

/// <summary>W13: the joint exam rules, the common grading scale with its conversions, and the components that test the outcomes.</summary>
public sealed class AssessmentStepDefinition : StepDefinition<AssessmentStep>
{
    public override WizardStep Step => WizardStep.Assessment;

    protected override void Describe(FormBuilder<AssessmentStep> form) => form
        .Section("Exam rules")
        .Field(s => s.OnlineAssessmentFramework, "Joint approach to online assessment",
            "How the partners design, run and safeguard online assessment: fairness and trust, the process, and plans for later runs.")
        .Field(s => s.ExamRegulations, "Examination rules",
            "The rules every partner applies: resits, cheating and plagiarism, complaints, and what a learner needs to pass.")
        .Field(s => s.AssessmentTiming, "When learners are assessed",
            "On fixed dates for the whole group, or whenever a learner is ready.")
        .Field(s => s.AssessmentBoard, "Board of examiners",
            "Who sits on it and how often it meets, e.g. \"One examiner per partner; meets after each run\".",
            maxLength: 2000)
        .Section("Grading", "Agree on one scale for the course, preferably the lead university's, and how each partner converts it.")
        .Field(s => s.GradingScale, "Common grading scale")
        .Field(s => s.GradingScaleDefinition, "About the scale",
            "Needed if you chose another scale: list the grades and what each means.", maxLength: 2000)
        .Field(s => s.PassMark, "Pass mark",
            "The lowest passing grade on the common scale, e.g. 10 on a 1 to 20 scale. Leave empty for pass/fail.")
        .Rows(s => s.TranscriptionTables, "Grade conversion tables", "grade conversion table", table => table
                .Field(t => t.PartnerId, "Partner", "A partner whose own scale differs from the common one.")
                .Field(t => t.LocalScale, "Partner's own scale")
                .Rows(t => t.Bands, "Grade pairs", "grade pair", band => band
                        .Field(b => b.CommonGrade, "Common grade", "A grade or range on the common scale, e.g. 16–20.",
                            kind: FieldKind.Text, maxLength: 20)
                        .Field(b => b.LocalGrade, "Partner's grade", "The matching grade on the partner's scale, e.g. A.",
                            kind: FieldKind.Text, maxLength: 20),
                    hint: "One pair per grade, from the highest to the lowest.",
                    title: b => $"{b.CommonGrade} → {b.LocalGrade}"),
            hint: "One table for each partner whose own grading scale differs from the common one.",
            title: t => TableTitle(t))
        .Section("Recognition of prior learning")
        .Field(s => s.RplPartnerId, "University handling recognition",
            "Where learners whose course did not end in credits can ask to have their learning recognised.")
        .Field(s => s.RplProcedure, "How recognition works",
            "The steps a learner follows and what they hand in, e.g. following the ECTS Users' Guide.")
        .Section("Fairness and what learners are told")
        .Field(s => s.IntegrityMeasures, "How you prevent cheating", "Optional: tick all that apply.")
        .Field(s => s.CommunicationToLearners, "What learners get in advance",
            "Tick all that apply. Assessment criteria must always be published in advance.")
        .Section("Assessment components",
            "Add every formative check and every summative test. The weights of the summative ones add up to 100 %.")
        .Rows(s => s.Components, "Assessment components", "assessment component", component => component
                .Field(c => c.Title, "Component title", "A short name, e.g. \"Final case report\".")
                .Field(c => c.Purpose, "Formative or summative",
                    "Formative gives feedback along the way; summative counts towards the final result.")
                .Field(c => c.Method, "Method", "e.g. quiz, essay, capstone project or oral exam.")
                .Field(c => c.Marking, "How it is marked", "By the computer, by a teacher, or both.")
                .Field(c => c.Setting, "Online or on site")
                .Field(c => c.UnitId, "Course unit", "Optional: the unit it belongs to, often at the end of that unit.")
                .Field(c => c.OutcomeIds, "Outcomes it assesses", "Pick at least one learning outcome.")
                .Field(c => c.WeightPercent, "Weight in the final grade",
                    "Summative only: a percentage from 0 to 100, e.g. 40.")
                .Field(c => c.Criteria, "Assessment criteria",
                    "Needed for summative components: what learners must show. Learners see these in advance.",
                    maxLength: 2000)
                .Field(c => c.Feedback, "Feedback learners get", "Needed for formative components: tick all that apply.")
                .Field(c => c.Supervision, "Supervision",
                    "Summative only: whether someone watches and whether identity is checked.")
                .Field(c => c.IdVerification, "Identity check",
                    "Summative only: how you make sure the right person takes part.")
                .Field(c => c.IdMethodAccessible, "Identity check is accessible",
                    "Tick once the check also works for learners with disabilities.")
                .Field(c => c.SupervisionJustification, "Why no supervision or identity check",
                    "Needed when an online summative component without supervision or identity check counts for credits.",
                    maxLength: 2000),
            title: c => ComponentTitle(c));

    /// <summary>Names a table in lists: "Partner scale 1 to 10 — 5 grade pairs".</summary>
    private static string TableTitle(GradeTranscription t)
    {
        var scale = t.LocalScale is { } s ? ScaleText(s) : "scale not chosen";
        return $"Partner scale {scale} — {t.Bands.Count} grade {(t.Bands.Count == 1 ? "pair" : "pairs")}";
    }

    /// <summary>Names a component in lists: "Final case report — summative, 40 %".</summary>
    private static string ComponentTitle(AssessmentComponent c)
    {
        var name = string.IsNullOrWhiteSpace(c.Title) ? "Untitled component" : c.Title;
        var details = new List<string>();
        if (c.Purpose is { } purpose)
        {
            details.Add(DescribeText.Words(purpose));
        }

        if (c.WeightPercent is { } weight)
        {
            details.Add($"{DescribeText.Number(weight)} %");
        }

        return details.Count == 0 ? name : $"{name} — {string.Join(", ", details)}";
    }

    public static string ScaleText(GradingScale scale) => scale switch
    {
        GradingScale.OneToTwenty => "1 to 20",
        GradingScale.OneToTen => "1 to 10",
        GradingScale.OneToFive => "1 to 5",
        GradingScale.OneToThirty => "1 to 30",
        GradingScale.PassFail => "pass/fail",
        _ => "other",
    };
}

public sealed class AssessmentStepValidator : StepValidator<AssessmentStep>
{
    public AssessmentStepValidator(AssessmentStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s).Custom((s, context) =>
        {
            PassMark(s, context);
            foreach (var c in s.Components.Where(c => c.WeightPercent > 100m))
            {
                context.AddFailure($"Components[{c.Id}].WeightPercent",
                    $"{DescribeText.Component(c)} weighs {DescribeText.Number(c.WeightPercent!.Value)} %; enter a percentage from 0 to 100, e.g. 40.");
            }

            if (s.TranscriptionTables.Where(t => t.PartnerId is not null).GroupBy(t => t.PartnerId).Any(g => g.Count() > 1))
            {
                context.AddFailure("TranscriptionTables", "Two grade conversion tables are for the same partner: keep one table per partner.");
            }

            foreach (var t in s.TranscriptionTables)
            {
                foreach (var twin in t.Bands
                             .Where(b => !string.IsNullOrWhiteSpace(b.CommonGrade))
                             .GroupBy(b => b.CommonGrade.Trim(), StringComparer.OrdinalIgnoreCase)
                             .Where(g => g.Count() > 1))
                {
                    context.AddFailure($"TranscriptionTables[{t.Id}].Bands",
                        $"The common grade '{twin.Key}' appears more than once in one conversion table: list each common grade once.");
                }
            }
        });
    }

    /// <summary>The pass mark lies on the chosen scale (negative values are already reported by the shared rules).</summary>
    private static void PassMark(AssessmentStep s, ValidationContext<AssessmentStep> context)
    {
        if (s.PassMark is not { } mark || mark < 0)
        {
            return;
        }

        if (s.GradingScale == GradingScale.PassFail)
        {
            context.AddFailure("PassMark", "A pass/fail scale has no pass mark: leave the pass mark empty.");
            return;
        }

        decimal? top = s.GradingScale switch
        {
            GradingScale.OneToTwenty => 20m,
            GradingScale.OneToTen => 10m,
            GradingScale.OneToFive => 5m,
            GradingScale.OneToThirty => 30m,
            _ => 100m,
        };
        if (mark > top)
        {
            var scale = s.GradingScale is { } g and not GradingScale.Other
                ? $"the {AssessmentStepDefinition.ScaleText(g)} scale"
                : "the common scale";
            context.AddFailure("PassMark",
                $"The pass mark {DescribeText.Number(mark)} is above the top grade of {scale}; enter a pass mark of at most {DescribeText.Number(top.Value)}.");
        }
    }
}
