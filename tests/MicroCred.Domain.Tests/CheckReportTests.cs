using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests;

public class CheckReportTests
{
    private static Finding Error(string rule, WizardStep step, string message, string? field = null, Gate? gate = null) =>
        new(Severity.Error, rule, message, step, field) { AppliesFromGate = gate };

    [Fact]
    public void Findings_of_one_rule_become_one_finding_that_names_every_place_in_design_order()
    {
        var findings = new[]
        {
            Error("R-VIS-01", WizardStep.JointVision, "Describe the academic profile.", "AcademicProfile"),
            Error("R-VIS-01", WizardStep.JointVision, "State the general objectives.", "GeneralObjectives"),
            Error("R-VIS-01", WizardStep.JointVision, "Explain what the course adds.", "AddedValue"),
        };

        var merged = Assert.Single(CheckReport.Merge(findings));

        Assert.Equal(RuleCatalog.Find("R-VIS-01")!.Summary, merged.Message);
        Assert.Equal(["AcademicProfile", "GeneralObjectives", "AddedValue"], merged.Places.Select(p => p.FieldPath));
        Assert.Equal("Describe the academic profile.", merged.Places[0].Text);
        Assert.True(merged.ListsPlaces);
    }

    [Fact]
    public void The_course_description_finding_appears_once_for_all_its_steps_with_what_each_misses()
    {
        var report = CheckReport.Build(Samples.Run(Samples.HalfFinished()), Gate.G1);

        var all = report.SelectMany(g => g.Steps).SelectMany(s => s.Findings).ToList();
        var doc = Assert.Single(all, f => f.RuleId == "R-DOC-01");
        Assert.True(doc.Places.Count > 1);
        Assert.All(doc.Places, p => Assert.DoesNotContain("cannot be exported", p.Text, StringComparison.Ordinal));
        Assert.Equal(doc.Places.OrderBy(p => p.Step).Select(p => p.Step), doc.Places.Select(p => p.Step));
        Assert.Single(all, f => f.RuleId == "R-VIS-01");
    }

    [Fact]
    public void Identical_messages_on_several_steps_keep_the_message_and_list_the_steps()
    {
        var merged = Assert.Single(CheckReport.Merge(
        [
            Error("R-X-01", WizardStep.Assessment, "Same words."),
            Error("R-X-01", WizardStep.JointVision, "Same words."),
        ]));

        Assert.Equal("Same words.", merged.Message);
        Assert.Equal([WizardStep.JointVision, WizardStep.Assessment], merged.Places.Select(p => p.Step));
        Assert.Equal(StepCatalog.Get(WizardStep.JointVision).Title, merged.Places[0].Text);
    }

    [Fact]
    public void Errors_a_later_gate_needs_are_never_listed_as_blocking_the_next_gate()
    {
        var findings = new[]
        {
            Error("R-VIS-01", WizardStep.JointVision, "Blocks design review.", "AddedValue"),
            Error("R-MLU-06", WizardStep.Microlearning, "Needed for development.", gate: Gate.G2),
            Error("R-CA-01", WizardStep.ConsortiumAgreement, "Needed for publication.", gate: Gate.G3),
            Error("R-DOC-01", WizardStep.JointVision, "Description.", "AddedValue"),
            Error("R-LNG-01", WizardStep.LanguagePolicy, "A development step."),
        };

        var groups = CheckReport.Build(findings, Gate.G1);

        var blocking = Assert.Single(groups, g => g.Kind == CheckGroupKind.Blocking);
        Assert.Equal(["R-VIS-01"], blocking.Steps.SelectMany(s => s.Findings).Select(f => f.RuleId));
        var later = groups.Where(g => g.Kind == CheckGroupKind.NeededLater).ToList();
        Assert.Equal([Gate.G2, Gate.G3], later.Select(g => g.Gate!.Value));
        Assert.Equal(["R-MLU-06", "R-LNG-01"], later[0].Steps.SelectMany(s => s.Findings).Select(f => f.RuleId));
        Assert.Equal(["R-DOC-01", "R-CA-01"], later[1].Steps.SelectMany(s => s.Findings).Select(f => f.RuleId));
    }

    [Fact]
    public void What_blocks_the_next_gate_agrees_with_the_gate_conditions_on_the_demo_designs()
    {
        foreach (var sample in new[] { Samples.HalfFinished(), Samples.Complete() })
        {
            var findings = Samples.Run(sample);
            foreach (var gate in Enum.GetValues<Gate>())
            {
                var blocking = CheckReport.Build(findings, gate).Single(g => g.Kind == CheckGroupKind.Blocking).Count;
                var conditionErrors = GateConditions.Evaluate(gate, sample.Content, findings, GateFacts.None)
                    .Where(u => u.ConditionId == GateConditions.Ids.NoBlockingErrors).Select(u => u.Message).Distinct().ToList();
                if (conditionErrors.Count == 0)
                {
                    Assert.True(blocking == 0, $"{gate}: {blocking} blocking errors while the gate conditions list none");
                }
                else
                {
                    Assert.True(blocking > 0, $"{gate}: gate conditions list errors but the check page blocks nothing");
                }
            }
        }
    }

    [Fact]
    public void Start_here_points_at_the_first_blocking_error_in_design_order()
    {
        var groups = CheckReport.Build(
        [
            Error("R-ASM-02", WizardStep.Assessment, "Weights.", "Components"),
            Error("R-MLU-06", WizardStep.Microlearning, "Later.", gate: Gate.G2),
            Error("R-LO-02", WizardStep.LearningOutcomes, "Outcomes.", "Outcomes"),
        ], Gate.G1);

        var start = CheckReport.StartHere(groups);

        Assert.Equal(WizardStep.LearningOutcomes, start!.Step);
        Assert.Equal("Outcomes", start.FieldPath);
        Assert.Null(CheckReport.StartHere(CheckReport.Build([Error("R-MLU-06", WizardStep.Microlearning, "Later.", gate: Gate.G2)], Gate.G1)));
    }

    [Fact]
    public void Each_step_group_counts_its_merged_findings()
    {
        var groups = CheckReport.Build(
        [
            Error("R-LO-02", WizardStep.LearningOutcomes, "A.", "A"),
            Error("R-LO-02", WizardStep.LearningOutcomes, "B.", "B"),
            Error("R-LO-01", WizardStep.LearningOutcomes, "C.", "C"),
            new Finding(Severity.Warning, "R-LO-04", "Verb.", WizardStep.LearningOutcomes, "D"),
        ], Gate.G1);

        var blocking = groups.Single(g => g.Kind == CheckGroupKind.Blocking);
        Assert.Equal(2, Assert.Single(blocking.Steps).Count);
        Assert.Equal(1, groups.Single(g => g.Kind == CheckGroupKind.Warnings).Count);
    }
}
