using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Tests.Reviews;

public class VersionDiffTests
{
    private static (DesignContent Older, DesignContent Newer) Pair() => (Samples.Complete().Content, Samples.Complete().Content);

    [Fact]
    public void Identical_content_leaves_every_step_unchanged()
    {
        var (older, newer) = Pair();

        var diff = VersionDiff.Compare(older, newer);

        Assert.Equal(Enum.GetValues<WizardStep>(), diff.Steps.Select(s => s.Step));
        Assert.All(diff.Steps, s => Assert.Equal(StepChange.Unchanged, s.Change));
        Assert.False(diff.HasChanges);
    }

    [Fact]
    public void A_frozen_version_compared_with_itself_after_a_json_round_trip_is_unchanged()
    {
        var content = Samples.Complete().Content;

        var diff = VersionDiff.Compare(content, DesignSnapshot.Deserialize(DesignSnapshot.Serialize(content)));

        Assert.False(diff.HasChanges);
    }

    [Fact]
    public void A_changed_scalar_shows_old_and_new_text_in_its_step_only()
    {
        var (older, newer) = Pair();
        newer.CoursePlan.Ects = 2.5m;
        newer.CoursePlan.Title = "Coastal Adaptation";

        var diff = VersionDiff.Compare(older, newer);

        var step = diff.For(WizardStep.CoursePlan);
        Assert.Equal(StepChange.Changed, step.Change);
        Assert.Equal(
            [new FieldChange("Title", "Course title", SampleDesigns.CompleteTitle, "Coastal Adaptation"), new FieldChange("Ects", "ECTS credits", "3", "2.5")],
            step.Fields);
        Assert.Empty(step.Rows);
        Assert.Single(diff.Steps, s => s.Change == StepChange.Changed);
    }

    [Fact]
    public void Enum_values_read_as_their_written_labels()
    {
        var (older, newer) = Pair();
        newer.QualityAssurance.ExternalPeerReview = ExternalPeerReview.Both;
        newer.QualityAssurance.Indicators.Remove(QaIndicator.LearningAnalytics);

        var fields = VersionDiff.Compare(older, newer).For(WizardStep.QualityAssurance).Fields;

        Assert.Contains(fields, f => f.Path == "ExternalPeerReview" && f.OldValue == "after design" && f.NewValue == "after design and after development");
        var indicators = Assert.Single(fields, f => f.Path == "Indicators");
        Assert.Contains("learning analytics", indicators.OldValue, StringComparison.Ordinal);
        Assert.DoesNotContain("learning analytics", indicators.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_outcome_is_a_row_labelled_by_its_code_with_its_values()
    {
        var (older, newer) = Pair();
        var added = new LearningOutcome { Id = Guid.NewGuid(), Code = "LO7", Statement = "Explain heat stress.", BloomLevel = BloomLevel.Understand, Order = 7 };
        newer.LearningOutcomes.Outcomes.Add(added);

        var step = VersionDiff.Compare(older, newer).For(WizardStep.LearningOutcomes);

        var row = Assert.Single(step.Rows);
        Assert.Equal(("Outcomes", added.Id, RowChangeKind.Added, "LO7 — Explain heat stress."), (row.Path, row.RowId, row.Kind, row.RowLabel));
        Assert.Contains(row.Fields, f => f.Path == $"Outcomes[{added.Id}].BloomLevel" && f.Label == "Bloom level" && f.OldValue is null && f.NewValue == "understand");
        Assert.DoesNotContain(row.Fields, f => f.Label == "ID");
        Assert.Empty(step.Fields);
    }

    [Fact]
    public void A_removed_outcome_is_a_row_with_its_old_values()
    {
        var (older, newer) = Pair();
        var removed = newer.LearningOutcomes.Outcomes[^1];
        newer.LearningOutcomes.Outcomes.Remove(removed);

        var row = Assert.Single(VersionDiff.Compare(older, newer).For(WizardStep.LearningOutcomes).Rows);

        Assert.Equal((RowChangeKind.Removed, removed.Id), (row.Kind, row.RowId));
        Assert.Contains(row.Fields, f => f.Label == "Outcome" && f.OldValue == removed.Statement && f.NewValue is null);
    }

    [Fact]
    public void A_changed_outcome_lists_only_its_changed_fields()
    {
        var (older, newer) = Pair();
        var outcome = newer.LearningOutcomes.Outcomes[1];
        var before = outcome.Statement;
        outcome.Statement = "Design a staged adaptation pathway.";

        var row = Assert.Single(VersionDiff.Compare(older, newer).For(WizardStep.LearningOutcomes).Rows);

        Assert.Equal(RowChangeKind.Changed, row.Kind);
        Assert.Equal([new FieldChange($"Outcomes[{outcome.Id}].Statement", "Outcome", before, "Design a staged adaptation pathway.")], row.Fields);
    }

    [Fact]
    public void Reordering_rows_without_changing_them_is_not_a_change_of_rows()
    {
        var (older, newer) = Pair();
        newer.LearningOutcomes.Outcomes.Reverse();

        Assert.Empty(VersionDiff.Compare(older, newer).For(WizardStep.LearningOutcomes).Rows);
    }

    [Fact]
    public void A_changed_list_of_referenced_outcomes_reads_as_outcome_codes()
    {
        var (older, newer) = Pair();
        var unit = newer.CoursePlan.Units[0];
        var outcomes = newer.LearningOutcomes.Outcomes;
        var oldCodes = string.Join(", ", unit.OutcomeIds.Select(id => outcomes.Single(o => o.Id == id).Code));
        unit.OutcomeIds = [outcomes[^1].Id];

        var row = Assert.Single(VersionDiff.Compare(older, newer).For(WizardStep.CoursePlan).Rows);

        var field = Assert.Single(row.Fields);
        Assert.Equal(("Outcomes this unit serves", RowChangeKind.Changed), (field.Label, row.Kind));
        Assert.StartsWith(oldCodes, field.OldValue, StringComparison.Ordinal);
        Assert.StartsWith(outcomes[^1].Code + " — ", field.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_in_nested_rows_carry_the_path_of_their_parent_row()
    {
        var (older, newer) = Pair();
        var table = newer.Assessment.TranscriptionTables[0];
        var band = table.Bands[0];
        table.Bands.RemoveAt(0);

        var row = Assert.Single(VersionDiff.Compare(older, newer).For(WizardStep.Assessment).Rows);

        Assert.Equal(($"TranscriptionTables[{table.Id}].Bands", band.Id, RowChangeKind.Removed), (row.Path, row.RowId, row.Kind));
    }

    [Fact]
    public void Referenced_institutions_can_be_named_by_the_caller()
    {
        var (older, newer) = Pair();
        var partner = newer.Partnership.Partners[1];
        partner.InstitutionId = Samples.Pt;

        var names = new Dictionary<Guid, string> { [Samples.Es] = "Universitat de Llevant", [Samples.Pt] = "Universidade do Atlântico Norte" };
        var row = Assert.Single(VersionDiff.Compare(older, newer, names).For(WizardStep.Partnership).Rows);

        Assert.Equal(new FieldChange($"Partners[{partner.Id}].InstitutionId", "Organisation", "Universitat de Llevant", "Universidade do Atlântico Norte"), Assert.Single(row.Fields));
    }

    [Fact]
    public void The_diff_is_deterministic()
    {
        var (older, newer) = Pair();
        newer.LearningOutcomes.Outcomes.RemoveAt(0);
        newer.CoursePlan.Units[2].StudyHours = 11m;
        newer.Delivery.Pace = null;

        var a = VersionDiff.Compare(older, newer);
        var b = VersionDiff.Compare(older, newer);

        Assert.Equal(a.Steps.SelectMany(s => s.Fields), b.Steps.SelectMany(s => s.Fields));
        Assert.Equal(a.Steps.SelectMany(s => s.Rows).Select(r => (r.Path, r.RowId, r.Kind)), b.Steps.SelectMany(s => s.Rows).Select(r => (r.Path, r.RowId, r.Kind)));
        Assert.Equal(3, a.Steps.Count(s => s.Change == StepChange.Changed));
    }
}
