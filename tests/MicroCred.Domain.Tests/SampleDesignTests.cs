using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Tests;

public class SampleDesignTests
{
    [Fact]
    public void Complete_sample_has_no_errors_and_no_warnings()
    {
        var findings = Samples.Run(Samples.Complete());

        var blocking = findings.Where(x => x.Severity != Severity.Info).Select(x => $"{x.RuleId}: {x.Message}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }

    [Fact]
    public void Half_finished_sample_shows_each_severity_and_incomplete_steps()
    {
        var sample = Samples.HalfFinished();
        var findings = Samples.Run(sample);

        Assert.Contains(findings, x => x.Severity == Severity.Error);
        Assert.Contains(findings, x => x.Severity == Severity.Warning);
        Assert.Contains(findings, x => x.Severity == Severity.Info);
        Assert.Contains(findings, x => x.Severity == Severity.Error && x.AppliesFromGate == Gate.G3);
        Assert.Contains(StepCatalog.All, s => !StepCompleteness.IsComplete(s.Step, sample.Content));
    }

    [Fact]
    public void Samples_use_the_institution_ids_they_are_given()
    {
        var sample = Samples.Complete();
        Assert.Equal([Samples.Nl, Samples.Es, Samples.Pt], sample.Content.Partnership.Partners.Select(p => p.InstitutionId!.Value));
        Assert.All(sample.Content.Partnership.Partners, p => Assert.True(sample.Institutions.ContainsKey(p.InstitutionId!.Value)));
        Assert.Equal(SampleDesigns.CompleteTitle, sample.Content.CoursePlan.Title);
    }

    [Fact]
    public void Samples_are_deterministic()
    {
        var a = Samples.Complete().Content;
        var b = Samples.Complete().Content;
        Assert.Equal(a.CoursePlan.Units.Select(u => u.Id), b.CoursePlan.Units.Select(u => u.Id));
    }

    [Fact]
    public void Finding_blocks_only_from_its_gate_on()
    {
        var always = new Finding(Severity.Error, "R-X", "m", WizardStep.Award, null);
        var fromG3 = new Finding(Severity.Error, "R-X", "m", WizardStep.Award, null) { AppliesFromGate = Gate.G3 };
        var warning = new Finding(Severity.Warning, "R-X", "m", WizardStep.Award, null);

        Assert.True(always.BlocksAt(Gate.G1));
        Assert.False(fromG3.BlocksAt(Gate.G2));
        Assert.True(fromG3.BlocksAt(Gate.G3));
        Assert.False(warning.BlocksAt(Gate.G3));
    }
}
