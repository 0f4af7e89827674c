using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Features.Wizard.Steps.W05SupportServices;

/// <summary>W5: the expert services each partner brings in from the start, the shared learning platform and programme-board approval.</summary>
public sealed class SupportServicesStepDefinition : StepDefinition<SupportServicesStep>
{
    public override WizardStep Step => WizardStep.SupportServices;

    protected override void Describe(FormBuilder<SupportServicesStep> form) => form
        .Section("Services at each partner",
            "Bring in teaching support and internationalisation before you write the learning outcomes, "
            + "student administration before enrolment opens, and legal affairs before the agreement is drafted.")
        .Rows(s => s.Engagements, "Services involved", "service", row => row
                .Field(e => e.PartnerId, "Partner")
                .Field(e => e.Service, "Service")
                .Field(e => e.Status, "Where things stand")
                .Field(e => e.ContactName, "Contact at the service", "Optional: for example \"Marta Ruiz, student administration\".")
                .Field(e => e.FirstContactDate, "First contacted on", "Optional: for example 12 Jan 2027.")
                .Field(e => e.Advice, "What was agreed", "Optional: advice given and agreements made, for example \"enrolment through the lead university only\".", maxLength: 2000),
            hint: "One row for each service at each partner.",
            title: EngagementTitle)
        .Section("Learning platform", "Agree with the partners on one platform where learners find the whole course.")
        .Field(s => s.DeliveryPlatform, "Learning platform", "The name of the platform, for example \"Moodle at Rijnmond University\".")
        .Field(s => s.PlatformProvider, "Who provides the platform", "Usually the lead institution.")
        .Field(s => s.PlatformProviderPartnerId, "Partner providing it", "Only if a partner provides the platform.")
        .Field(s => s.MultiInstitutionRegistrationNeeded, "Learners register at several partners",
            "Tick if learners must enrol at more than one partner to reach all the platforms they need.")
        .Section("Programme boards",
            "A board must approve the course when it is part of a wider curriculum or earns a pre-agreed exemption, before the course is published.")
        .Field(s => s.PartOfBroaderCurriculum, "Part of a wider curriculum", "Tick if the course also belongs to a degree or other programme.")
        .Rows(s => s.ProgrammeBoards, "Programme boards", "programme board", row => row
                .Field(b => b.PartnerId, "Partner")
                .Field(b => b.BoardName, "Name of the board", "For example \"Board of the MSc Coastal and Delta Management\".")
                .Field(b => b.ApprovalStatus, "Approval")
                .Field(b => b.DecisionDate, "Date of the decision", "For example 15 Mar 2027. Leave empty while approval is pending."),
            hint: "The boards that must approve the course.",
            title: BoardTitle);

    private static string EngagementTitle(SupportEngagement e)
    {
        var service = e.Service switch
        {
            SupportService.ProgrammeBoard => "Programme board",
            SupportService.TeachingAndLearning => "Teaching and learning",
            SupportService.EducationalDesignAndTechnology => "Educational design and technology",
            SupportService.Internationalisation => "Internationalisation",
            SupportService.ItServices => "IT services",
            SupportService.StudentAdministration => "Student administration",
            SupportService.QualityAssuranceUnit => "Quality assurance",
            SupportService.MarketingAndCommunication => "Marketing and communication",
            SupportService.LegalAffairs => "Legal affairs",
            SupportService.Finance => "Finance",
            SupportService.ContinuingEducationCentre => "Continuing education centre",
            _ => "Service not chosen",
        };
        var status = e.Status switch
        {
            EngagementStatus.NotContacted => "not contacted yet",
            EngagementStatus.Contacted => "contacted",
            EngagementStatus.Engaged => "on board",
            EngagementStatus.NotApplicable => "not needed",
            _ => null,
        };
        return status is null ? service : $"{service} — {status}";
    }

    private static string BoardTitle(ProgrammeBoard b)
    {
        var name = string.IsNullOrWhiteSpace(b.BoardName) ? "Unnamed board" : b.BoardName.Trim();
        var approval = b.ApprovalStatus switch
        {
            BoardApprovalStatus.Pending => "approval pending",
            BoardApprovalStatus.Approved => "approved",
            BoardApprovalStatus.Rejected => "not approved",
            _ => null,
        };
        return approval is null ? name : $"{name} — {approval}";
    }
}

public sealed class SupportServicesStepValidator : StepValidator<SupportServicesStep>
{
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public SupportServicesStepValidator(SupportServicesStepDefinition definition)
        : base(definition)
    {
        RuleFor(s => s.Engagements).Custom((engagements, context) =>
        {
            foreach (var e in engagements)
            {
                if (e.FirstContactDate is { } date && !IsPlausible(date))
                {
                    context.AddFailure($"{nameof(SupportServicesStep.Engagements)}[{e.Id}].{nameof(SupportEngagement.FirstContactDate)}",
                        "First contacted on: enter a real date between the years 2000 and 2100, for example 12 Jan 2027.");
                }
            }

            if (engagements.Where(e => e.PartnerId is not null && e.Service is not null)
                .GroupBy(e => (e.PartnerId, e.Service)).Any(g => g.Count() > 1))
            {
                context.AddFailure(nameof(SupportServicesStep.Engagements),
                    "The same service is listed twice for one partner: keep one row per partner and service.");
            }
        });

        RuleFor(s => s.ProgrammeBoards).Custom((boards, context) =>
        {
            foreach (var b in boards)
            {
                if (b.DecisionDate is { } date && !IsPlausible(date))
                {
                    context.AddFailure($"{nameof(SupportServicesStep.ProgrammeBoards)}[{b.Id}].{nameof(ProgrammeBoard.DecisionDate)}",
                        "Date of the decision: enter a real date between the years 2000 and 2100, for example 15 Mar 2027.");
                }
            }

            if (boards.Where(b => !string.IsNullOrWhiteSpace(b.BoardName))
                .GroupBy(b => (b.PartnerId, Name: b.BoardName.Trim().ToUpperInvariant())).Any(g => g.Count() > 1))
            {
                context.AddFailure(nameof(SupportServicesStep.ProgrammeBoards),
                    "The same programme board is listed twice: keep one row per board.");
            }
        });
    }

    private static bool IsPlausible(DateOnly date) => date >= EarliestDate && date <= LatestDate;
}
