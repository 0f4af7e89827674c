using System.Text.Json;
using System.Text.Json.Serialization;

namespace MicroCred.Domain.Designs;

/// <summary>The one JSON form of step content, used for storage and for frozen versions.</summary>
public static class DesignContentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static string Serialize(object stepContent) => JsonSerializer.Serialize(stepContent, stepContent.GetType(), Options);

    public static object Deserialize(WizardStep step, string json)
    {
        var type = StepCatalog.Get(step).ContentType;
        return JsonSerializer.Deserialize(string.IsNullOrWhiteSpace(json) ? "{}" : json, type, Options)
            ?? Activator.CreateInstance(type)!;
    }

    /// <summary>Builds the whole design from its stored steps; steps never saved are empty.</summary>
    public static DesignContent Assemble(IEnumerable<DesignStep> steps)
    {
        var content = new DesignContent();
        foreach (var step in steps)
        {
            content.Set(step.Step, Deserialize(step.Step, step.ContentJson));
        }

        return content;
    }
}
