using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W17Recruitment;

/// <summary>W17: where the course recruits, where it is published and one campaign per learner segment.</summary>
public sealed class RecruitmentStepDefinition() : StepDefinition<RecruitmentStep>(RecruitmentStepSchema.Schema);

public sealed class RecruitmentStepValidator : StepValidator<RecruitmentStep>
{
    private const decimal MaxBudget = 10_000_000;

    public RecruitmentStepValidator(RecruitmentStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.WebsiteUrl)
            .Must(BeAWebAddress)
            .When(s => !string.IsNullOrWhiteSpace(s.WebsiteUrl))
            .WithMessage("Enter the full address of the course web page, starting with https://, for example https://example.eu/course.");

        RuleFor(s => s.Segments).Must(rows => rows
                .Where(g => g.Segment is not null)
                .GroupBy(g => g.Segment)
                .All(g => g.Count() == 1))
            .WithMessage("Two campaigns target the same learner group: merge them into one campaign per group.");

        RuleFor(s => s).Custom((step, context) =>
        {
            foreach (var g in step.Segments.Where(g => g.Budget > MaxBudget))
            {
                context.AddFailure($"Segments[{g.Id}].Budget", "A campaign budget can be at most 10,000,000: check the amount.");
            }
        });
    }

    private static bool BeAWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.', StringComparison.Ordinal);
}
