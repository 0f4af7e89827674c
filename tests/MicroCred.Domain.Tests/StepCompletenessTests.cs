using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Tests;

public class StepCompletenessTests
{
    [Fact]
    public void Every_step_of_the_complete_sample_is_complete()
    {
        var content = Samples.Complete().Content;
        foreach (var info in StepCatalog.All)
        {
            var missing = StepCompleteness.Missing(info.Step, content);
            Assert.True(missing.Count == 0, $"{info.Code}: {string.Join(", ", missing.Select(m => m.FieldPath))}");
        }
    }

    [Fact]
    public void An_empty_design_reports_missing_required_fields_for_every_step_that_has_them()
    {
        var content = new DesignContent();
        var stepsWithoutTopLevelRequirements = new[] { WizardStep.InternationalMobility, WizardStep.Microlearning };
        foreach (var info in StepCatalog.All.Where(i => !stepsWithoutTopLevelRequirements.Contains(i.Step)))
        {
            Assert.NotEmpty(StepCompleteness.Missing(info.Step, content));
        }
    }

    public static TheoryData<WizardStep, string> OneRequiredFieldPerStep => new()
    {
        { WizardStep.InstitutionalAlignment, "MissionAlignment" },
        { WizardStep.JointVision, "UniqueSellingPoint" },
        { WizardStep.Partnership, "ContactName" },
        { WizardStep.CourseTeam, "FirstDelivery" },
        { WizardStep.SupportServices, "DeliveryPlatform" },
        { WizardStep.LearningOutcomes, "LevelRationale" },
        { WizardStep.CoursePlan, "Title" },
        { WizardStep.LearningActivities, "Hours" },
        { WizardStep.InternationalMobility, "UnitId" },
        { WizardStep.Delivery, "ModeRationale" },
        { WizardStep.Inclusiveness, "Measures" },
        { WizardStep.Microlearning, "SingleObjective" },
        { WizardStep.Assessment, "ExamRegulations" },
        { WizardStep.Award, "AwardJustification" },
        { WizardStep.LanguagePolicy, "LanguageRationale" },
        { WizardStep.Admission, "TermsAndConditions" },
        { WizardStep.Recruitment, "WebsiteUrl" },
        { WizardStep.QualityAssurance, "QaTypeStatement" },
        { WizardStep.BusinessPlan, "AffordabilityStatement" },
        { WizardStep.Sustainability, "FinancialPlanYears" },
        { WizardStep.ConsortiumAgreement, "EffectiveTo" },
    };

    [Theory]
    [MemberData(nameof(OneRequiredFieldPerStep))]
    public void Clearing_a_required_field_makes_its_step_incomplete(WizardStep step, string field)
    {
        var content = Samples.Complete().Content;
        Clear(content, step, field);

        var missing = StepCompleteness.Missing(step, content);

        var only = Assert.Single(missing);
        Assert.EndsWith(field, only.FieldPath, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(only.Label));
    }

    [Fact]
    public void Conditional_fields_are_required_only_when_their_condition_holds()
    {
        var content = Samples.Complete().Content;
        content.Admission.AdmissionType = AdmissionType.Open;
        content.Admission.Criteria.Clear();
        content.Admission.NonTraditionalAlternative = null;
        content.Admission.RequiredDegreeEqfLevel = null;
        Assert.Empty(StepCompleteness.Missing(WizardStep.Admission, content));

        content.Admission.AdmissionType = AdmissionType.Selective;
        var missing = StepCompleteness.Missing(WizardStep.Admission, content).Select(m => m.FieldPath).ToList();
        Assert.Equal(["Criteria", "NonTraditionalAlternative"], missing);
    }

    [Fact]
    public void A_row_field_path_names_the_row()
    {
        var content = Samples.Complete().Content;
        var unit = content.CoursePlan.Units[2];
        unit.Title = "";

        var missing = Assert.Single(StepCompleteness.Missing(WizardStep.CoursePlan, content));
        Assert.Equal($"Units[{unit.Id}].Title", missing.FieldPath);
    }

    private static void Clear(DesignContent c, WizardStep step, string field)
    {
        switch (step)
        {
            case WizardStep.InstitutionalAlignment: c.InstitutionalAlignment.MissionAlignment = " "; break;
            case WizardStep.JointVision: c.JointVision.UniqueSellingPoint = null; break;
            case WizardStep.Partnership: c.Partnership.Partners[1].ContactName = null; break;
            case WizardStep.CourseTeam: c.CourseTeam.FirstDelivery = null; break;
            case WizardStep.SupportServices: c.SupportServices.DeliveryPlatform = ""; break;
            case WizardStep.LearningOutcomes: c.LearningOutcomes.LevelRationale = null; break;
            case WizardStep.CoursePlan: c.CoursePlan.Title = null; break;
            case WizardStep.LearningActivities: c.LearningActivities.Activities[0].Hours = null; break;
            case WizardStep.InternationalMobility: c.InternationalMobility.Activities[0].UnitId = null; break;
            case WizardStep.Delivery: c.Delivery.ModeRationale = null; break;
            case WizardStep.Inclusiveness: c.Inclusiveness.Measures = null; break;
            case WizardStep.Microlearning: c.Microlearning.Units[0].SingleObjective = null; break;
            case WizardStep.Assessment: c.Assessment.ExamRegulations = null; break;
            case WizardStep.Award: c.Award.AwardJustification = null; break;
            case WizardStep.LanguagePolicy: c.LanguagePolicy.LanguageRationale = null; break;
            case WizardStep.Admission: c.Admission.TermsAndConditions = null; break;
            case WizardStep.Recruitment: c.Recruitment.WebsiteUrl = null; break;
            case WizardStep.QualityAssurance: c.QualityAssurance.QaTypeStatement = null; break;
            case WizardStep.BusinessPlan: c.BusinessPlan.AffordabilityStatement = null; break;
            case WizardStep.Sustainability: c.Sustainability.FinancialPlanYears = null; break;
            case WizardStep.ConsortiumAgreement: c.ConsortiumAgreement.EffectiveTo = null; break;
            default: throw new ArgumentOutOfRangeException(nameof(step), field);
        }
    }
}
