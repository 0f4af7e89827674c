using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Tests;

public class CertificateElementsTests
{
    [Fact]
    public void Preview_lists_the_11_mandatory_elements_in_order()
    {
        var preview = CertificateElements.Preview(Samples.Complete().ToCheckContext(Samples.Today));

        Assert.Equal(Enumerable.Range(1, 11), preview.Select(e => e.Number));
        Assert.DoesNotContain(preview, e => e.IsMissing);
        Assert.True(preview[0].FromLearnerData);
        Assert.True(preview[4].FromLearnerData);
        Assert.Equal(SampleDesigns.CompleteTitle, preview[1].Value);
        Assert.Equal("Netherlands (Zuid-Holland); Spain (Comunitat Valenciana); Portugal (Norte)", preview[2].Value);
        Assert.Equal("Rijnmond University; Universitat de Llevant; Universidade do Atlântico Norte", preview[3].Value);
        Assert.StartsWith("1. Explain how sea-level rise", preview[5].Value, StringComparison.Ordinal);
        Assert.Equal("3 ECTS (about 84 hours of study)", preview[6].Value);
        Assert.Equal("EQF 7 — QF-EHEA second cycle", preview[7].Value);
        Assert.Contains("Capstone project, teacher assessed, online (50 %)", preview[8].Value, StringComparison.Ordinal);
        Assert.StartsWith("Blended (online and on site)", preview[9].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_marks_missing_elements_and_where_to_fill_them()
    {
        var sample = Samples.Complete();
        sample.Content.CoursePlan.Title = null;
        sample.Content.Delivery.DominantMode = null;

        var preview = CertificateElements.Preview(sample.ToCheckContext(Samples.Today));
        var missing = preview.Where(e => e.IsMissing).ToList();

        Assert.Equal([2, 10], missing.Select(e => e.Number));
        Assert.Equal((WizardStep.CoursePlan, "Title"), (missing[0].SourceStep!.Value, missing[0].SourceField));
        Assert.Equal(WizardStep.Delivery, missing[1].SourceStep);
        Assert.Null(missing[0].Value);
    }

    [Fact]
    public void Awarding_bodies_are_missing_when_an_institution_is_unknown()
    {
        var sample = Samples.Complete();
        var facts = sample.Institutions.Where(kv => kv.Key != Samples.Es).ToDictionary(kv => kv.Key, kv => kv.Value);

        var preview = CertificateElements.Preview(new DesignCheckContext(sample.Content, facts, Samples.Today));

        Assert.True(preview[3].IsMissing);
    }

    [Fact]
    public void Half_finished_sample_misses_the_quality_assurance_statement()
    {
        var preview = CertificateElements.Preview(Samples.HalfFinished().ToCheckContext(Samples.Today));
        Assert.Contains(preview, e => e.Number == 11 && e.IsMissing);
    }
}
