using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Designs;

/// <summary>The content of all 21 wizard steps of one course design, each step a separately stored document.</summary>
public sealed class DesignContent
{
    public InstitutionalAlignmentStep InstitutionalAlignment { get; set; } = new();
    public JointVisionStep JointVision { get; set; } = new();
    public PartnershipStep Partnership { get; set; } = new();
    public CourseTeamStep CourseTeam { get; set; } = new();
    public SupportServicesStep SupportServices { get; set; } = new();
    public LearningOutcomesStep LearningOutcomes { get; set; } = new();
    public CoursePlanStep CoursePlan { get; set; } = new();
    public LearningActivitiesStep LearningActivities { get; set; } = new();
    public InternationalMobilityStep InternationalMobility { get; set; } = new();
    public DeliveryStep Delivery { get; set; } = new();
    public InclusivenessStep Inclusiveness { get; set; } = new();
    public MicrolearningStep Microlearning { get; set; } = new();
    public AssessmentStep Assessment { get; set; } = new();
    public AwardStep Award { get; set; } = new();
    public LanguagePolicyStep LanguagePolicy { get; set; } = new();
    public AdmissionStep Admission { get; set; } = new();
    public RecruitmentStep Recruitment { get; set; } = new();
    public QualityAssuranceStep QualityAssurance { get; set; } = new();
    public BusinessPlanStep BusinessPlan { get; set; } = new();
    public SustainabilityStep Sustainability { get; set; } = new();
    public ConsortiumAgreementStep ConsortiumAgreement { get; set; } = new();

    public object Get(WizardStep step) => step switch
    {
        WizardStep.InstitutionalAlignment => InstitutionalAlignment,
        WizardStep.JointVision => JointVision,
        WizardStep.Partnership => Partnership,
        WizardStep.CourseTeam => CourseTeam,
        WizardStep.SupportServices => SupportServices,
        WizardStep.LearningOutcomes => LearningOutcomes,
        WizardStep.CoursePlan => CoursePlan,
        WizardStep.LearningActivities => LearningActivities,
        WizardStep.InternationalMobility => InternationalMobility,
        WizardStep.Delivery => Delivery,
        WizardStep.Inclusiveness => Inclusiveness,
        WizardStep.Microlearning => Microlearning,
        WizardStep.Assessment => Assessment,
        WizardStep.Award => Award,
        WizardStep.LanguagePolicy => LanguagePolicy,
        WizardStep.Admission => Admission,
        WizardStep.Recruitment => Recruitment,
        WizardStep.QualityAssurance => QualityAssurance,
        WizardStep.BusinessPlan => BusinessPlan,
        WizardStep.Sustainability => Sustainability,
        WizardStep.ConsortiumAgreement => ConsortiumAgreement,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown wizard step."),
    };

    /// <summary>Replaces one step's content, e.g. after loading its stored document.</summary>
    public void Set(WizardStep step, object content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var expected = StepCatalog.Get(step).ContentType;
        if (content.GetType() != expected)
        {
            throw new ArgumentException($"Step {StepCatalog.CodeOf(step)} holds {expected.Name}, not {content.GetType().Name}.", nameof(content));
        }

        switch (step)
        {
            case WizardStep.InstitutionalAlignment: InstitutionalAlignment = (InstitutionalAlignmentStep)content; break;
            case WizardStep.JointVision: JointVision = (JointVisionStep)content; break;
            case WizardStep.Partnership: Partnership = (PartnershipStep)content; break;
            case WizardStep.CourseTeam: CourseTeam = (CourseTeamStep)content; break;
            case WizardStep.SupportServices: SupportServices = (SupportServicesStep)content; break;
            case WizardStep.LearningOutcomes: LearningOutcomes = (LearningOutcomesStep)content; break;
            case WizardStep.CoursePlan: CoursePlan = (CoursePlanStep)content; break;
            case WizardStep.LearningActivities: LearningActivities = (LearningActivitiesStep)content; break;
            case WizardStep.InternationalMobility: InternationalMobility = (InternationalMobilityStep)content; break;
            case WizardStep.Delivery: Delivery = (DeliveryStep)content; break;
            case WizardStep.Inclusiveness: Inclusiveness = (InclusivenessStep)content; break;
            case WizardStep.Microlearning: Microlearning = (MicrolearningStep)content; break;
            case WizardStep.Assessment: Assessment = (AssessmentStep)content; break;
            case WizardStep.Award: Award = (AwardStep)content; break;
            case WizardStep.LanguagePolicy: LanguagePolicy = (LanguagePolicyStep)content; break;
            case WizardStep.Admission: Admission = (AdmissionStep)content; break;
            case WizardStep.Recruitment: Recruitment = (RecruitmentStep)content; break;
            case WizardStep.QualityAssurance: QualityAssurance = (QualityAssuranceStep)content; break;
            case WizardStep.BusinessPlan: BusinessPlan = (BusinessPlanStep)content; break;
            case WizardStep.Sustainability: Sustainability = (SustainabilityStep)content; break;
            case WizardStep.ConsortiumAgreement: ConsortiumAgreement = (ConsortiumAgreementStep)content; break;
            default: throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown wizard step.");
        }
    }

    // Lookups used by completeness, checks and read models.
    public Partner? Lead() => Partnership.Partners.FirstOrDefault(p => p.PartnerRole == PartnerRole.LeadInstitution);

    public Partner? PartnerById(Guid? id) => id is null ? null : Partnership.Partners.FirstOrDefault(p => p.Id == id);

    public LearningOutcome? OutcomeById(Guid id) => LearningOutcomes.Outcomes.FirstOrDefault(o => o.Id == id);

    public CourseUnit? UnitById(Guid? id) => id is null ? null : CoursePlan.Units.FirstOrDefault(u => u.Id == id);

    public TeamMember? MemberById(Guid? id) => id is null ? null : CourseTeam.Members.FirstOrDefault(m => m.Id == id);

    public IEnumerable<Partner> HigherEducationPartners() => Partnership.Partners.Where(p => p.IsHigherEducation);
}
