using System.Linq.Expressions;
using System.Net.Mail;
using FluentValidation;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W04CourseTeam;

/// <summary>W4: the course team leader and members, who does what, how the team decides and the phase plan.</summary>
public sealed class CourseTeamStepDefinition() : StepDefinition<CourseTeamStep>(CourseTeamStepSchema.Schema);

public sealed class CourseTeamStepValidator : StepValidator<CourseTeamStep>
{
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public CourseTeamStepValidator(CourseTeamStepDefinition definition)
        : base(definition)
    {
        PlausibleDate(s => s.DesignStart, "Design starts");
        PlausibleDate(s => s.DesignEnd, "Design ends");
        PlausibleDate(s => s.DevelopmentEnd, "Development ends");
        PlausibleDate(s => s.FirstDelivery, "First run starts");

        RuleFor(s => s.DesignEnd).GreaterThan(s => s.DesignStart)
            .When(s => s.DesignStart is not null && s.DesignEnd is not null)
            .WithMessage("Design ends must be after design starts: check both dates.");
        RuleFor(s => s.DevelopmentEnd).GreaterThan(s => s.DesignEnd)
            .When(s => s.DesignEnd is not null && s.DevelopmentEnd is not null)
            .WithMessage("Development ends must be after design ends: development follows design.");
        RuleFor(s => s.FirstDelivery).GreaterThanOrEqualTo(s => s.DevelopmentEnd)
            .When(s => s.DevelopmentEnd is not null && s.FirstDelivery is not null)
            .WithMessage("First run starts must be on or after development ends: the materials must be ready first.");

        RuleFor(s => s.Members).Custom((members, context) =>
        {
            foreach (var m in members)
            {
                if (!string.IsNullOrWhiteSpace(m.Email) && !IsEmail(m.Email))
                {
                    context.AddFailure($"{nameof(CourseTeamStep.Members)}[{m.Id}].{nameof(TeamMember.Email)}",
                        $"\"{m.Email.Trim()}\" is not an email address: enter it like name@university.edu.");
                }
            }

            if (members.Where(m => !string.IsNullOrWhiteSpace(m.UserId)).GroupBy(m => m.UserId).Any(g => g.Count() > 1))
            {
                context.AddFailure(nameof(CourseTeamStep.Members),
                    "The same MicroCred account is picked for two team members: keep one row per person and tick all their tasks there.");
            }

            var sameEmail = members
                .Where(m => !string.IsNullOrWhiteSpace(m.Email))
                .GroupBy(m => m.Email!.Trim(), StringComparer.OrdinalIgnoreCase)
                .FirstOrDefault(g => g.Count() > 1);
            if (sameEmail is not null)
            {
                context.AddFailure(nameof(CourseTeamStep.Members),
                    $"Two team members have the email {sameEmail.Key}: keep one row per person, or correct the email.");
            }
        });
    }

    /// <summary>An empty date is fine (saving an incomplete step is allowed); a filled-in one must be a plausible year.</summary>
    private void PlausibleDate(Expression<Func<CourseTeamStep, DateOnly?>> date, string label) =>
        RuleFor(date).InclusiveBetween(EarliestDate, LatestDate)
            .WithMessage($"{label}: enter a real date between the years 2000 and 2100, for example 1 February 2027.");

    private static bool IsEmail(string text)
    {
        var trimmed = text.Trim();
        return MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal);
    }
}
