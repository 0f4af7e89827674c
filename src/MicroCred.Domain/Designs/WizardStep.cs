namespace MicroCred.Domain.Designs;

/// <summary>The 21 steps of the course design wizard, numbered W1 to W21.</summary>
public enum WizardStep
{
    InstitutionalAlignment = 1,
    JointVision = 2,
    Partnership = 3,
    CourseTeam = 4,
    SupportServices = 5,
    LearningOutcomes = 6,
    CoursePlan = 7,
    LearningActivities = 8,
    InternationalMobility = 9,
    Delivery = 10,
    Inclusiveness = 11,
    Microlearning = 12,
    Assessment = 13,
    Award = 14,
    LanguagePolicy = 15,
    Admission = 16,
    Recruitment = 17,
    QualityAssurance = 18,
    BusinessPlan = 19,
    Sustainability = 20,
    ConsortiumAgreement = 21,
}

public enum WizardPhase
{
    Foundations,
    Curriculum,
    AssessmentAndAward,
    Learners,
    QualityAndMoney,
    Agreement,
}
