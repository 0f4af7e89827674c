using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;
using Wording = MicroCred.Domain.Checks.Describe;

namespace MicroCred.Web.Features.Wizard.Steps.W17Recruitment;

/// <summary>W17: where the course recruits, where it is published and one campaign per learner segment.</summary>
public sealed class RecruitmentStepDefinition : StepDefinition<RecruitmentStep>
{
    public override WizardStep Step => WizardStep.Recruitment;

    protected override void Describe(FormBuilder<RecruitmentStep> form) => form
        .Section("Where you recruit")
        .Field(s => s.RecruitingArea, "Recruiting area", "Tick every area you want learners from.")
        .Field(s => s.TransnationalContext, "Learners from abroad",
            "For European or global recruitment: who these learners are and what their situation is, for example \"nurses in Central Europe retraining for community care\".")
        .Section("Where the course is published")
        .Field(s => s.WebsiteUrl, "Course web page",
            "The consortium's page for the course, starting with https://. It should cover objectives, partners, award, learner profile and how to register.")
        .Field(s => s.Portals, "Course portals", "Optional: catalogues and platforms that list the course.")
        .Section("Campaigns per learner group", "Plan one campaign for each group of learners, with its message, channels and the partner who runs it.")
        .Rows(s => s.Segments, "Campaigns", "campaign", row => row
                .Field(g => g.Segment, "Learner group")
                .Field(g => g.Message, "Key message",
                    "What this group should hear, for example \"Earn 5 ECTS alongside your job\".", maxLength: 1000)
                .Field(g => g.Channels, "Channels", "Tick every way you will reach this group.")
                .Field(g => g.OwnerPartnerId, "Partner who runs it")
                .Field(g => g.Budget, "Budget", "Optional: in the currency of the business plan, for example 2000."),
            title: g => g.Segment is { } segment ? $"Campaign for {Wording.Words(segment)}" : "Campaign without a learner group")
        .Section("Testimonials")
        .Field(s => s.Testimonials, "Testimonials",
            "Optional: short quotes from learners or employers, one per line, with the person's role, for example \"Practical and to the point — HR manager\".",
            maxLength: 500);
}

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
