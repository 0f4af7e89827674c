using System.Text.Json.Nodes;
using MicroCred.Domain.Credentials.Formats;

namespace MicroCred.Domain.Tests.Credentials.Formats;

/// <summary>An approved design version as an ELM LearningOpportunity, against the same EDC shapes where they apply.</summary>
public class LearningOpportunityTests
{
    private static JsonObject Build() => LearningOpportunityBuilder.Build(
        FormatSamples.Design().Content, FormatSamples.Institutions, new Uri("https://microcred.example.eu/designs/d1/versions/3/learning-opportunity.jsonld"),
        id => new Uri($"https://microcred.example.eu/institutions/{id}/profile"));

    [Fact]
    public async Task The_learning_opportunity_conforms_to_the_edc_shapes()
    {
        var report = await ShaclValidator.ValidateAsync(Build().ToJsonString());

        Assert.True(report.Conforms, report.Describe());
        Assert.True(report.Quads > 40, $"Only {report.Quads} statements came out of the expansion.");
    }

    [Fact]
    public async Task An_opportunity_without_provider_is_caught()
    {
        var opportunity = Build();
        opportunity.Remove("providedBy");

        var report = await ShaclValidator.ValidateAsync(opportunity.ToJsonString());

        Assert.Contains(report.Violations, v => v.Path == "http://data.europa.eu/snb/model/elm/providedBy");
    }

    [Fact]
    public void It_carries_the_specification_of_the_course()
    {
        var design = FormatSamples.Design().Content;
        var spec = Build()["learningAchievementSpecification"]!;

        Assert.Equal(design.CoursePlan.Title, (string?)spec["title"]!["en"]);
        Assert.Equal(design.LearningOutcomes.Outcomes.Count, spec["learningOutcome"]!.AsArray().Count);
        Assert.Equal("3", (string?)spec["creditPoint"]!["point"]);
        Assert.Equal(3, Build()["providedBy"]!.AsArray().Count);
    }
}
