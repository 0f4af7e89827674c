using System.Text.Json;
using System.Text.Json.Serialization;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Tests;

/// <summary>Each step is stored as one JSON document; the documents must survive a round trip unchanged.</summary>
public class SerialisationTests
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public void Every_step_document_round_trips_through_json()
    {
        var sample = Samples.Complete();
        var restored = new DesignContent();
        foreach (var info in StepCatalog.All)
        {
            var json = JsonSerializer.Serialize(sample.Content.Get(info.Step), info.ContentType, _options);
            restored.Set(info.Step, JsonSerializer.Deserialize(json, info.ContentType, _options)!);
            Assert.Equal(json, JsonSerializer.Serialize(restored.Get(info.Step), info.ContentType, _options));
        }

        var before = Samples.Run(sample);
        var after = DesignChecks.Run(new DesignCheckContext(restored, sample.Institutions, Samples.Today));
        Assert.Equal(before, after);
    }

    [Fact]
    public void Enums_are_stored_by_name_and_derived_values_are_not_stored()
    {
        var json = JsonSerializer.Serialize(Samples.Complete().Content.Partnership, _options);

        Assert.Contains("\"LeadInstitution\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isHigherEducation", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_deserialises_to_an_empty_step()
    {
        foreach (var info in StepCatalog.All)
        {
            var step = JsonSerializer.Deserialize("{}", info.ContentType, _options);
            Assert.NotNull(step);
        }

        Assert.NotEmpty(StepCompleteness.Missing(WizardStep.CoursePlan, new DesignContent()));
    }
}
