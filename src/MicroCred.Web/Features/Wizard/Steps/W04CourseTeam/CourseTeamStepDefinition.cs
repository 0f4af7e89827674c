using System.Linq.Expressions;
using System.Net.Mail;
using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W04CourseTeam;

/// <summary>W4: the course team leader and members, who does what, how the team decides and the phase plan.</summary>
public sealed class CourseTeamStepDefinition : StepDefinition<CourseTeamStep>
{
    public override WizardStep Step => WizardStep.CourseTeam;

    protected override void Describe(FormBuilder<CourseTeamStep> form) => form
        .Section("Team members",
            "Name one team leader from the lead institution and at least one member for each partner university. "
            + "Between them, the team should cover design, development, delivery, assessment and quality.")
        .Rows(s => s.Members, "Course team", "team member", row => row
                .Field(m => m.FullName, "Full name", "For example \"Dr Ana Sousa\".")
                .Field(m => m.UserId, "MicroCred account", "Optional: pick the person's account so they can edit the design.")
                .Field(m => m.Email, "Email", "For example ana.sousa@example.edu.")
                .Field(m => m.PartnerId, "Partner represented", "The partner organisation this person speaks for.")
                .Field(m => m.StaffMember, "University staff member", "Tick if the person is employed by a university.")
                .Field(m => m.TeamRole, "Role in the team")
                .Field(m => m.Tasks, "Tasks", "Tick every phase this person works on.")
                .Field(m => m.Expertise, "Area of expertise",
                    "What the person knows best, for example \"flood risk modelling\". It helps decide who builds which unit.", maxLength: 1000),
            hint: "Learner representatives, experts from associated partners and support staff can join the team too.",
            title: MemberTitle)
        .Section("Working together")
        .Field(s => s.DecisionMaking, "How the team takes decisions",
            "The team decides together and by consensus. Say how, for example \"monthly online meeting; the leader proposes, all partners agree\".")
        .Field(s => s.LeaderSupportSecured, "Support for the leader secured",
            "Tick if the leader's faculty or university has promised educational, technical and organisational help.")
        .Field(s => s.LeaderSupport, "Support promised",
            "What help the leader (and each partner's members) will get, for example an educational designer for two days a week.")
        .Section("Phase plan", "Leave enough time: at least 3 months for design and 6 months for development.")
        .Field(s => s.DesignStart, "Design starts", "For example 1 Feb 2027.")
        .Field(s => s.DesignEnd, "Design ends", "Must be after the design starts.")
        .Field(s => s.DevelopmentEnd, "Development ends", "The date all materials are ready; after the design ends.")
        .Field(s => s.FirstDelivery, "First run starts", "The day the first learners start; on or after the end of development.")
        .Field(s => s.ImplementationHorizonYears, "Years the partners will run it", "Years, from 1 to 20, for example 5.");

    /// <summary>The governance model has a single value (collegial and consensual): nothing to choose, so the page asks only how decisions are made.</summary>
    public override IReadOnlyCollection<string> NotEdited => [nameof(CourseTeamStep.GovernanceModel)];

    private static string MemberTitle(TeamMember m)
    {
        var name = string.IsNullOrWhiteSpace(m.FullName) ? "Unnamed member" : m.FullName.Trim();
        var role = m.TeamRole switch
        {
            TeamRole.CourseTeamLeader => "team leader",
            TeamRole.CourseTeamMember => "team member",
            TeamRole.LearnerRepresentative => "learner representative",
            TeamRole.AssociatedPartnerExpert => "expert from an associated partner",
            TeamRole.SupportStaff => "support staff",
            _ => null,
        };
        return role is null ? name : $"{name} — {role}";
    }
}

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

        RuleFor(s => s.ImplementationHorizonYears).InclusiveBetween(1, 20)
            .When(s => s.ImplementationHorizonYears is not null)
            .WithMessage("Years the partners will run it must be a whole number from 1 to 20.");

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
            .WithMessage($"{label}: enter a real date between the years 2000 and 2100, for example 1 Feb 2027.");

    private static bool IsEmail(string text)
    {
        var trimmed = text.Trim();
        return MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal);
    }
}
