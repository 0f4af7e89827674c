using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Designs;

/// <summary>What the wizard shows about a step: its code, title, phase and guidance for the team.</summary>
public sealed record StepInfo(WizardStep Step, string Code, string Title, WizardPhase Phase, string Guidance, Type ContentType);

public static class StepCatalog
{
    private static readonly StepInfo[] _steps =
    [
        new(WizardStep.InstitutionalAlignment, "W1", "Institutional and policy alignment", WizardPhase.Foundations,
            "Explain why each partner wants this course and which strategies and policy frameworks it supports. "
            + "Reviewers use this to judge whether the institutions will stand behind the course after the first run.",
            typeof(InstitutionalAlignmentStep)),
        new(WizardStep.JointVision, "W2", "Joint vision", WizardPhase.Foundations,
            "Agree on the gap the course fills, the learners it is built for and what makes it worth choosing. "
            + "Decide here whether it stands alone or counts towards a larger credential, because that choice shapes recognition talks early on.",
            typeof(JointVisionStep)),
        new(WizardStep.Partnership, "W3", "Partnership", WizardPhase.Foundations,
            "List every organisation in the consortium with its role and what it brings. "
            + "Only degree-awarding universities can stand behind ECTS credits, so the roles you set here decide who may award the credential later.",
            typeof(PartnershipStep)),
        new(WizardStep.CourseTeam, "W4", "Course team", WizardPhase.Foundations,
            "Name the team leader and one or more members per university, and who takes care of design, development, delivery, assessment and quality. "
            + "Set realistic phase dates: rushed design and development are the most common reason a joint course slips.",
            typeof(CourseTeamStep)),
        new(WizardStep.SupportServices, "W5", "Support services and platform", WizardPhase.Foundations,
            "Record which services at each partner you have involved, from teaching support to student administration and legal affairs, and choose the shared learning platform. "
            + "Bringing these people in early avoids late surprises with enrolment, platform access and the agreement.",
            typeof(SupportServicesStep)),
        new(WizardStep.LearningOutcomes, "W6", "Learning outcomes", WizardPhase.Curriculum,
            "Write what a learner can demonstrably do after the course and fix the EQF level. "
            + "Every unit, activity and assessment will point back to these outcomes, and they are printed on the certificate.",
            typeof(LearningOutcomesStep)),
        new(WizardStep.CoursePlan, "W7", "Course plan and study load", WizardPhase.Curriculum,
            "Set the title and ECTS, then cut the course into units with their hours, outcomes and the team member who builds each one. "
            + "The unit hours add up to the workload learners plan with, so keep them honest.",
            typeof(CoursePlanStep)),
        new(WizardStep.LearningActivities, "W8", "Learning activities", WizardPhase.Curriculum,
            "Plan the activities of each unit in order, with their type, format, hours and the outcomes they serve. "
            + "A good mix of interaction and practice keeps working learners engaged and lets them steer their own progress.",
            typeof(LearningActivitiesStep)),
        new(WizardStep.InternationalMobility, "W9", "International activities and mobility", WizardPhase.Curriculum,
            "Describe the activities learners or staff do across borders, physically or online, and whether they are compulsory. "
            + "Physical mobility needs a learning agreement, and optional trips must never be the only way to reach an outcome.",
            typeof(InternationalMobilityStep)),
        new(WizardStep.Delivery, "W10", "Delivery, flexibility and tools", WizardPhase.Curriculum,
            "Choose one main delivery mode, the pace and the flexibility on offer, and the tools the course relies on. "
            + "The main mode is printed on the certificate as the form of participation.",
            typeof(DeliveryStep)),
        new(WizardStep.Inclusiveness, "W11", "Inclusiveness and accessibility", WizardPhase.Curriculum,
            "Say which groups of learners need extra attention and what you do for them, starting with digital accessibility. "
            + "Include how assessment can be adapted so that nobody is excluded at the final hurdle.",
            typeof(InclusivenessStep)),
        new(WizardStep.Microlearning, "W12", "Microlearning units", WizardPhase.Curriculum,
            "Optionally add short, single-objective units for use at the workplace, derived from the course or built with employers. "
            + "They stay below one credit and can only lead to a badge.",
            typeof(MicrolearningStep)),
        new(WizardStep.Assessment, "W13", "Assessment and grading", WizardPhase.AssessmentAndAward,
            "Agree on the exam rules, the common grading scale and the components that test the outcomes, with weights adding up to 100 %. "
            + "Plan how identity is checked in online exams and how each partner converts the grade to its own scale.",
            typeof(AssessmentStep)),
        new(WizardStep.Award, "W14", "Award and certificate", WizardPhase.AssessmentAndAward,
            "Decide what learners receive, which universities award it and which one issues the certificates for all. "
            + "Check that the award fits each partner's own qualification rules before you ask for approval.",
            typeof(AwardStep)),
        new(WizardStep.LanguagePolicy, "W15", "Language policy", WizardPhase.Learners,
            "Fix the languages used for teaching, materials, exams, support and the certificate. "
            + "Learners may only be examined in a language they were taught in.",
            typeof(LanguagePolicyStep)),
        new(WizardStep.Admission, "W16", "Admission and enrolment", WizardPhase.Learners,
            "Set who can join, how applications are judged once for the whole consortium and where learners enrol. "
            + "Describe the support and terms learners can count on before they apply.",
            typeof(AdmissionStep)),
        new(WizardStep.Recruitment, "W17", "Recruitment and communication", WizardPhase.Learners,
            "Decide where you recruit and plan a campaign for each learner segment with its channels and owner. "
            + "The public course page can only go live when everything a prospective learner needs to know is filled in.",
            typeof(RecruitmentStep)),
        new(WizardStep.QualityAssurance, "W18", "Quality assurance", WizardPhase.QualityAndMoney,
            "Build the joint quality plan on the partners' own systems: indicators, peer reviews and the review cycle. "
            + "The short statement you write here is printed on every certificate.",
            typeof(QualityAssuranceStep)),
        new(WizardStep.BusinessPlan, "W19", "Business plan", WizardPhase.QualityAndMoney,
            "Estimate the full cost, set the fees per learner group, list the funding and agree how money is shared. "
            + "The portal works out how many learners each run needs to break even.",
            typeof(BusinessPlanStep)),
        new(WizardStep.Sustainability, "W20", "Sustainability", WizardPhase.QualityAndMoney,
            "Commit to a horizon, milestones and a yearly evaluation with an improvement plan. "
            + "Each partner states for how long it will keep contributing, so the course does not fade after the funding ends.",
            typeof(SustainabilityStep)),
        new(WizardStep.ConsortiumAgreement, "W21", "Consortium agreement", WizardPhase.Agreement,
            "Track each clause of the agreement from draft to agreed and collect the signatures. "
            + "Most clauses can start from what the team already entered in the earlier steps.",
            typeof(ConsortiumAgreementStep)),
    ];

    public static IReadOnlyList<StepInfo> All => _steps;

    public static StepInfo Get(WizardStep step) => _steps[(int)step - 1];

    public static string CodeOf(WizardStep step) => "W" + (int)step;
}
