using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Domain.Designs.Steps;

/// <summary>W4: the course team leader and members, their roles and tasks, and the phase plan.</summary>
public sealed class CourseTeamStep
{
    public List<TeamMember> Members { get; set; } = [];
    public GovernanceModel GovernanceModel { get; set; } = GovernanceModel.CollegialConsensual;
    public string? DecisionMaking { get; set; }
    public bool LeaderSupportSecured { get; set; }
    public string? LeaderSupport { get; set; }
    public DateOnly? DesignStart { get; set; }
    public DateOnly? DesignEnd { get; set; }
    public DateOnly? DevelopmentEnd { get; set; }
    public DateOnly? FirstDelivery { get; set; }
    public int? ImplementationHorizonYears { get; set; }
}

public sealed class TeamMember : IStepRow
{
    public Guid Id { get; set; }
    public string? UserId { get; set; }
    public string FullName { get; set; } = "";
    public string? Email { get; set; }
    public Guid? PartnerId { get; set; }
    public TeamRole? TeamRole { get; set; }
    public string? Expertise { get; set; }
    public List<TeamTask> Tasks { get; set; } = [];
    public bool StaffMember { get; set; }
}

public enum GovernanceModel
{
    CollegialConsensual,
}

public enum TeamRole
{
    CourseTeamLeader,
    CourseTeamMember,
    LearnerRepresentative,
    AssociatedPartnerExpert,
    SupportStaff,
}

public enum TeamTask
{
    Design,
    Development,
    Implementation,
    Assessment,
    QualityAssuranceAndEvaluation,
}

/// <summary>The fields of CourseTeam, declared once: words, kinds, limits, references and what review needs.</summary>
public static class CourseTeamStepSchema
{
    public static StepSchema<CourseTeamStep> Schema { get; } = new(WizardStep.CourseTeam, form => form
        .NotAskedOnPage(s => s.GovernanceModel)
        .Section("Team members",
            "Name one team leader from the lead institution and at least one member for each partner university. "
            + "Between them, the team should cover design, development, delivery, assessment and quality.")
        .Rows(s => s.Members, "Course team", "team member", row => row
                .Field(m => m.FullName, "Full name", "For example \"Dr Ana Sousa\".", needed: true)
                .Field(m => m.UserId, "MicroCred account", "Optional: pick the person's account so they can edit the design.", refersTo: ReferenceSource.Users)
                .Field(m => m.Email, "Email", "For example ana.sousa@example.edu.")
                .Field(m => m.PartnerId, "Partner represented", "The partner organisation this person speaks for.", refersTo: ReferenceSource.Partners, namesRow: true, needed: true)
                .Field(m => m.StaffMember, "University staff member", "Tick if the person is employed by a university.")
                .Field(m => m.TeamRole, "Role in the team", needed: true)
                .Field(m => m.Tasks, "Tasks", "Tick every phase this person works on.", needed: true)
                .Field(m => m.Expertise, "Area of expertise",
                    "What the person knows best, for example \"flood risk modelling\". It helps decide who builds which unit.", maxLength: 1000, kind: FieldKind.LongText, when: (t, c) => t.TeamRole is TeamRole.CourseTeamLeader or TeamRole.CourseTeamMember),
            hint: "Learner representatives, experts from associated partners and support staff can join the team too.",
            title: MemberTitle, needed: true, provides: ReferenceSource.Members)
        .Section("Working together")
        .Field(s => s.DecisionMaking, "How the team takes decisions",
            "The team decides together and by consensus. Say how, for example \"monthly online meeting; the leader proposes, all partners agree\".", kind: FieldKind.LongText, needed: true)
        .Field(s => s.LeaderSupportSecured, "Support for the leader secured",
            "Tick if the leader's faculty or university has promised educational, technical and organisational help.")
        .Field(s => s.LeaderSupport, "Support promised",
            "What help the leader (and each partner's members) will get, for example an educational designer for two days a week.", kind: FieldKind.LongText, needed: true)
        .Section("Phase plan", "Leave enough time: at least 3 months for design and 6 months for development.")
        .Field(s => s.DesignStart, "Design starts", "For example 1 February 2027.", needed: true)
        .Field(s => s.DesignEnd, "Design ends", "Must be after the design starts.", needed: true)
        .Field(s => s.DevelopmentEnd, "Development ends", "The date all materials are ready; after the design ends.", needed: true)
        .Field(s => s.FirstDelivery, "First run starts", "The day the first learners start; on or after the end of development.", needed: true)
        .Field(s => s.ImplementationHorizonYears, "Years the partners will run it", "Years, from 1 to 20, for example 5.", needed: true, min: 1, max: 20));

    /// <summary>The governance model has a single value (collegial and consensual): nothing to choose, so the page asks only how decisions are made.</summary>

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
