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

public sealed class TeamMember
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
