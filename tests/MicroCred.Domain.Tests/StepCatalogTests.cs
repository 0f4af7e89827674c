using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Tests;

public class StepCatalogTests
{
    [Fact]
    public void Catalog_lists_the_21_steps_in_order_with_codes_and_phases()
    {
        Assert.Equal(21, StepCatalog.All.Count);
        for (var i = 0; i < 21; i++)
        {
            var info = StepCatalog.All[i];
            Assert.Equal((WizardStep)(i + 1), info.Step);
            Assert.Equal("W" + (i + 1), info.Code);
            Assert.False(string.IsNullOrWhiteSpace(info.Title));
            Assert.True(info.Guidance.Length > 60, info.Code);
        }

        Assert.Equal(WizardPhase.Foundations, StepCatalog.Get(WizardStep.SupportServices).Phase);
        Assert.Equal(WizardPhase.Curriculum, StepCatalog.Get(WizardStep.LearningOutcomes).Phase);
        Assert.Equal(WizardPhase.Curriculum, StepCatalog.Get(WizardStep.Microlearning).Phase);
        Assert.Equal(WizardPhase.AssessmentAndAward, StepCatalog.Get(WizardStep.Award).Phase);
        Assert.Equal(WizardPhase.Learners, StepCatalog.Get(WizardStep.Recruitment).Phase);
        Assert.Equal(WizardPhase.QualityAndMoney, StepCatalog.Get(WizardStep.Sustainability).Phase);
        Assert.Equal(WizardPhase.Agreement, StepCatalog.Get(WizardStep.ConsortiumAgreement).Phase);
    }

    [Fact]
    public void Content_returns_and_replaces_each_step_document_of_the_catalogued_type()
    {
        var content = new DesignContent();
        foreach (var info in StepCatalog.All)
        {
            var step = content.Get(info.Step);
            Assert.IsType(info.ContentType, step);
            var fresh = Activator.CreateInstance(info.ContentType)!;
            content.Set(info.Step, fresh);
            Assert.Same(fresh, content.Get(info.Step));
        }
    }

    [Fact]
    public void Content_refuses_a_document_of_another_step()
    {
        var content = new DesignContent();
        Assert.Throws<ArgumentException>(() => content.Set(WizardStep.CoursePlan, content.Award));
    }
}
