using MicroCred.Domain.Designs;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>All step definitions of the wizard, found in this assembly (one per WizardStep).</summary>
public sealed class StepDefinitions(IEnumerable<StepDefinition> definitions)
{
    private readonly Dictionary<WizardStep, StepDefinition> _byStep = definitions.ToDictionary(d => d.Step);

    public StepDefinition Get(WizardStep step) =>
        _byStep.TryGetValue(step, out var definition)
            ? definition
            : throw new InvalidOperationException($"No definition for wizard step {step}.");

    public bool Has(WizardStep step) => _byStep.ContainsKey(step);

    public IReadOnlyCollection<StepDefinition> All => _byStep.Values;

    public static IServiceCollection Register(IServiceCollection services)
    {
        var types = typeof(StepDefinition).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(StepDefinition)));
        foreach (var type in types)
        {
            services.AddSingleton(type);
            services.AddSingleton(sp => (StepDefinition)sp.GetRequiredService(type));
        }

        services.AddSingleton<StepDefinitions>();
        services.AddSingleton<DependencyFinder>();
        return services;
    }
}
