using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W06LearningOutcomes;

/// <summary>W6: what learners will be able to do, at which EQF level — the anchor of constructive alignment.</summary>
public sealed class LearningOutcomesStepDefinition : StepDefinition<LearningOutcomesStep>
{
    public override WizardStep Step => WizardStep.LearningOutcomes;

    protected override void Describe(FormBuilder<LearningOutcomesStep> form) => form
        .Section("Course objective and level")
        .Field(s => s.CourseObjective, "Course objective",
            "One or two sentences on what the course sets out to achieve for its learners.")
        .Field(s => s.EqfLevel, "EQF level of the course",
            "Higher-education micro-credentials sit at level 5, 6, 7 or 8. Most outcomes should be at this level.")
        .Field(s => s.LevelRationale, "Why this level",
            "Explain the choice, for example when outcomes sit at different levels.")
        .Field(s => s.OrientationType, "Orientation of the course",
            "A professional orientation calls for skills outcomes and authentic assessment.")
        .Field(s => s.Orientation, "About the orientation", "Optional: the professional field or academic discipline the course serves.")
        .Section("How the outcomes were written")
        .Field(s => s.OutcomeScheme, "Frameworks used to word the outcomes", "Tick every framework the team used.")
        .Field(s => s.CoDesignerPartnerIds, "Partners who co-designed the outcomes")
        .Field(s => s.OtherCoDesigners, "Other co-designers", "Employers, professional bodies or learners; one per line.")
        .Section("Learning outcomes", "Write each outcome as something a learner can show: start with an action verb and keep it measurable.")
        .Rows(s => s.Outcomes, "Learning outcomes", "learning outcome", row => row
                .Field(o => o.Code, "Code", "A short code used in the course plan and assessment, for example LO1.", maxLength: 10)
                .Field(o => o.Statement, "Outcome", "What the learner can do after the course, for example \"Compare adaptation options using cost–benefit analysis\".", maxLength: 600)
                .Field(o => o.Dimension, "Dimension")
                .Field(o => o.BloomLevel, "Bloom level", "The cognitive level of the verb you chose.")
                .Field(o => o.EqfLevel, "EQF level of this outcome")
                .Field(o => o.EscoReference, "ESCO skill reference", "Optional: the ESCO skill or competence this outcome builds."),
            title: o => string.IsNullOrWhiteSpace(o.Code) ? o.Statement : $"{o.Code} — {o.Statement}");

    public override IReadOnlyCollection<string> NotEdited => ["Outcomes.Order"];
}

public sealed class LearningOutcomesStepValidator : StepValidator<LearningOutcomesStep>
{
    public LearningOutcomesStepValidator(LearningOutcomesStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.Outcomes).Must(outcomes => outcomes
                .Where(o => !string.IsNullOrWhiteSpace(o.Code))
                .GroupBy(o => o.Code.Trim(), StringComparer.OrdinalIgnoreCase)
                .All(g => g.Count() == 1))
            .WithMessage("Two learning outcomes have the same code: give each outcome its own code.");
    }
}
