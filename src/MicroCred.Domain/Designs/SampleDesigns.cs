using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Designs;

/// <summary>A design together with the facts of the institutions it refers to.</summary>
public sealed record SampleDesign(string Title, DesignContent Content, IReadOnlyDictionary<Guid, InstitutionFacts> Institutions)
{
    public DesignCheckContext ToCheckContext(DateOnly today) => new(Content, Institutions, today);
}

/// <summary>
/// Demo designs: a complete three-university course that passes every check without errors or warnings,
/// and a half-finished one that shows findings of each severity. Row ids are stable so demo links keep working.
/// </summary>
public static class SampleDesigns
{
    public const string CompleteTitle = "Climate Adaptation Planning for Coastal Cities";
    public const string HalfFinishedTitle = "Digital Accessibility for Public Services";
    public const string PublishedTitle = "Flood-Resilient Waterfronts: Planning with Nature";

    /// <summary>The complete design under its own title, for the demo course that is walked through all gates to publication.</summary>
    public static SampleDesign Published(Guid dutchUniversityId, Guid spanishUniversityId, Guid portugueseUniversityId)
    {
        var sample = Complete(dutchUniversityId, spanishUniversityId, portugueseUniversityId);
        sample.Content.CoursePlan.Title = PublishedTitle;
        return sample with { Title = PublishedTitle };
    }

    public static IReadOnlyDictionary<Guid, InstitutionFacts> Institutions(Guid dutchUniversityId, Guid spanishUniversityId, Guid portugueseUniversityId) =>
        new Dictionary<Guid, InstitutionFacts>
        {
            [dutchUniversityId] = new(dutchUniversityId, "Rijnmond University", "NL", true, 28m, 28m, "1-10", null, "KvK 41234567", "Zuid-Holland"),
            [spanishUniversityId] = new(spanishUniversityId, "Universitat de Llevant", "ES", true, 25m, 30m, "0-10", 15m, "Q4618001A", "Comunitat Valenciana"),
            [portugueseUniversityId] = new(portugueseUniversityId, "Universidade do Atlântico Norte", "PT", true, 25m, 28m, "0-20", null, "PT501234567", "Norte"),
        };

    /// <summary>A fully designed 3 ECTS course at EQF 7, run by a Dutch lead university with Spanish and Portuguese partners.</summary>
    public static SampleDesign Complete(Guid dutchUniversityId, Guid spanishUniversityId, Guid portugueseUniversityId)
    {
        var ids = new Ids(0xC0);
        var nl = ids.Next();
        var es = ids.Next();
        var pt = ids.Next();

        var c = new DesignContent();

        // Team members.
        var leader = ids.Next();
        var nlMember = ids.Next();
        var esMember = ids.Next();
        var ptMember = ids.Next();
        var learnerRep = ids.Next();

        // Outcomes.
        var lo1 = ids.Next();
        var lo2 = ids.Next();
        var lo3 = ids.Next();
        var lo4 = ids.Next();
        var lo5 = ids.Next();
        var lo6 = ids.Next();

        // Units.
        var u1 = ids.Next();
        var u2 = ids.Next();
        var u3 = ids.Next();
        var u4 = ids.Next();
        var u5 = ids.Next();

        // Tools.
        var lms = ids.Next();
        var video = ids.Next();
        var board = ids.Next();

        c.InstitutionalAlignment = new InstitutionalAlignmentStep
        {
            PolicyFrameworks = [PolicyFramework.InstitutionalCepdStrategy, PolicyFramework.NationalMicroCredentialFramework, PolicyFramework.EuCouncilRecommendation2022],
            MissionAlignment = "All three universities list climate resilience of their home regions as a priority of their lifelong-learning strategy. "
                + "The course gives municipal and consultancy staff a recognised, credit-bearing update without enrolling in a full master.",
            LearnerTimeHorizon = "Twelve weeks of about seven hours a week, mostly asynchronous, so that planners can study next to a full-time job.",
            CrossInstitutionalSynergy = "Rijnmond brings delta engineering, Llevant its work on Mediterranean flood risk mapping and Atlântico Norte its research on nature-based coastal defences. "
                + "Together they cover three very different coastlines, which no single partner could offer.",
            CompetitivenessScope = [GeographicScope.European],
            NationalContext =
            [
                new() { Id = ids.Next(), CountryCode = "ES", HasNationalFramework = true, MaxEcts = 15m, Notes = "Royal Decree 822/2021 keeps micro-credentials below 15 ECTS." },
                new() { Id = ids.Next(), CountryCode = "NL", HasNationalFramework = true, Notes = "Follows the national micro-credential pilot framework." },
                new() { Id = ids.Next(), CountryCode = "PT", HasNationalFramework = false },
            ],
            InstitutionalQualificationStructure =
            [
                new() { Id = ids.Next(), PartnerId = nl, HasCepdQualificationStructure = true, AwardNamesUsed = "Micro-credential (ECTS)" },
                new() { Id = ids.Next(), PartnerId = es, HasCepdQualificationStructure = true, AwardNamesUsed = "Microcredencial universitaria" },
                new() { Id = ids.Next(), PartnerId = pt, HasCepdQualificationStructure = true, AwardNamesUsed = "Microcredencial" },
            ],
            SwotStrengths = "Complementary coastlines and research groups; existing joint research projects.",
            SwotWeaknesses = "Little experience with fee-paying professional learners at the Portuguese partner.",
            SwotOpportunities = "EU adaptation mission and national adaptation plans create demand for trained planners.",
            SwotThreats = "Free webinars by consultancies compete for the same learners' time.",
            SocialImpact = "Better local adaptation plans protect vulnerable neighbourhoods first.",
            OfferingModel = OfferingModel.NewStandAloneCourse,
        };

        c.JointVision = new JointVisionStep
        {
            NeedsEvidence = [NeedsEvidence.LabourMarketAnalysis, NeedsEvidence.StakeholderConsultation, NeedsEvidence.LearnerConsultation],
            NeedsSummary = "Interviews with twelve municipalities in three countries showed that adaptation plans are written by staff trained in spatial planning or civil engineering but rarely in both. "
                + "They asked for a short course that links risk analysis to decisions.",
            LearnerNeeds = [LearnerNeed.Upskilling, LearnerNeed.CareerDevelopment],
            AvailableStudyTime = "One working day a week at most, often in the evening.",
            AvailableHoursPerWeek = 8m,
            FlexibilityNeeded = FlexibilityNeed.High,
            PreferredDeliveryModes = [DeliveryMode.Blended, DeliveryMode.OnlineDistanceAsynchronous],
            StakeholdersConsulted =
            [
                new() { Id = ids.Next(), Name = "Association of Coastal Municipalities", Type = StakeholderType.PublicService },
                new() { Id = ids.Next(), Name = "Water engineering consultancies' sector body", Type = StakeholderType.Sector },
                new() { Id = ids.Next(), Name = "Alumni of the partners' water master programmes", Type = StakeholderType.Alumni },
            ],
            AcademicProfile = "Climate risk science, hydraulic engineering and spatial planning, grounded in the partners' joint research on coastal adaptation.",
            ProfessionalProfile = "Urban and regional planners, water board staff and consultants who prepare local adaptation strategies.",
            SocietalChallenges = "Rising seas and heavier storms threaten housing, jobs and heritage in coastal cities; fair adaptation needs skilled planners.",
            DegreeLink = "Counts as an elective in the MSc Coastal and Delta Management at Rijnmond University.",
            TargetSectors = ["Local government", "Water boards", "Engineering consultancy"],
            TargetGroups = [TargetGroup.WorkingProfessionals, TargetGroup.EnrolledDegreeStudents],
            LearnerProfileArchetypes = [LearnerProfileArchetype.SeniorExpert, LearnerProfileArchetype.SeniorExplorer],
            PriorKnowledgeNeeded = "A bachelor's degree in a planning, engineering or environmental field, or equivalent work experience; basic map reading.",
            Motivation = "Learners want to lead or commission adaptation plans and to talk with engineers and residents on equal terms.",
            WorkSituationAndStudyTime = "Mostly employed full time; study in the evening and on one afternoon a week.",
            NonTraditionalLearners = true,
            NonTraditionalLearnerSupport = "Learners without a degree get a starter module on academic reading and a study buddy.",
            GeneralObjectives = "Strengthen the adaptive capacity of coastal cities by training the people who plan it.",
            AcademicObjectives = "Bring the partners' research on risk mapping and nature-based solutions into professional practice and feed field questions back into research.",
            UniqueSellingPoint = "The only course that compares North Sea, Atlantic and Mediterranean cases and ends with a pathway for the learner's own city.",
            ExpectedLearnersPerRun = 30,
            RelatedOfferings =
            [
                new() { Id = ids.Next(), Title = "MSc Coastal and Delta Management", Institution = "Rijnmond University", Relation = OfferingRelation.FollowUp, CollaborationPossible = true },
            ],
            AddedValue = "Existing offers are either full master programmes or one-day seminars; this course gives recognised credits in a format professionals can combine with work.",
            Stackability = Stackability.Stackable,
            StackingApproach = StackingApproach.ConsortiumMutualRecognition,
            StackingTargets =
            [
                new()
                {
                    Id = ids.Next(), Title = "MSc Coastal and Delta Management", Institution = "Rijnmond University", Type = StackingTargetType.MasterDegree,
                    ProgrammeDirectorConsulted = true, ExemptionAgreed = true, CreditsRecognised = 3m,
                },
            ],
            RecognitionRoute = [RecognitionRoute.PreAgreedExemption, RecognitionRoute.LearnerRequestedRpl],
            Lifespan = Lifespan.RecurringRuns,
            PlannedYears = 5,
        };

        c.Partnership = new PartnershipStep
        {
            PartnershipIdentity = "Three Coasts Adaptation Academy",
            Partners =
            [
                new()
                {
                    Id = nl, InstitutionId = dutchUniversityId, OrganisationType = OrganisationType.HigherEducationInstitution, DegreeAwarding = true,
                    PartnerRole = PartnerRole.LeadInstitution, GradingScale = GradingScale.OneToTen,
                    Contributions = [PartnerContribution.LearningOutcomes, PartnerContribution.Content, PartnerContribution.Teaching, PartnerContribution.Platform],
                    CooperationBasis = [CooperationBasis.PriorResearchCollaboration],
                    ContactName = "Anouk Visser", ContactEmail = "a.visser@rijnmond.example.nl",
                },
                new()
                {
                    Id = es, InstitutionId = spanishUniversityId, OrganisationType = OrganisationType.HigherEducationInstitution, DegreeAwarding = true,
                    PartnerRole = PartnerRole.FullPartner, GradingScale = GradingScale.OneToTen,
                    Contributions = [PartnerContribution.Content, PartnerContribution.CaseStudies, PartnerContribution.Teaching, PartnerContribution.Recruitment],
                    CooperationBasis = [CooperationBasis.PriorResearchCollaboration, CooperationBasis.MobilitySchemes],
                    ContactName = "Javier Molina", ContactEmail = "jmolina@llevant.example.es",
                },
                new()
                {
                    Id = pt, InstitutionId = portugueseUniversityId, OrganisationType = OrganisationType.HigherEducationInstitution, DegreeAwarding = true,
                    PartnerRole = PartnerRole.FullPartner, GradingScale = GradingScale.OneToTwenty,
                    Contributions = [PartnerContribution.Content, PartnerContribution.LearningActivities, PartnerContribution.Teaching],
                    CooperationBasis = [CooperationBasis.SharedResearchInterests],
                    ContactName = "Inês Carvalho", ContactEmail = "ines.carvalho@atlanticonorte.example.pt",
                },
            ],
        };

        TeamTask[] allTasks = [TeamTask.Design, TeamTask.Development, TeamTask.Implementation, TeamTask.Assessment, TeamTask.QualityAssuranceAndEvaluation];
        c.CourseTeam = new CourseTeamStep
        {
            Members =
            [
                new() { Id = leader, FullName = "Anouk Visser", Email = "a.visser@rijnmond.example.nl", PartnerId = nl, TeamRole = TeamRole.CourseTeamLeader, Expertise = "Flood risk management and delta policy", Tasks = [.. allTasks], StaffMember = true },
                new() { Id = nlMember, FullName = "Daan Smit", Email = "d.smit@rijnmond.example.nl", PartnerId = nl, TeamRole = TeamRole.CourseTeamMember, Expertise = "Adaptation pathways and decision making under uncertainty", Tasks = [TeamTask.Design, TeamTask.Development, TeamTask.Assessment], StaffMember = true },
                new() { Id = esMember, FullName = "Javier Molina", Email = "jmolina@llevant.example.es", PartnerId = es, TeamRole = TeamRole.CourseTeamMember, Expertise = "Geospatial flood-risk mapping", Tasks = [TeamTask.Design, TeamTask.Development, TeamTask.Implementation], StaffMember = true },
                new() { Id = ptMember, FullName = "Inês Carvalho", Email = "ines.carvalho@atlanticonorte.example.pt", PartnerId = pt, TeamRole = TeamRole.CourseTeamMember, Expertise = "Nature-based coastal defences", Tasks = [TeamTask.Design, TeamTask.Development, TeamTask.QualityAssuranceAndEvaluation], StaffMember = true },
                new() { Id = learnerRep, FullName = "Sofia Antunes", Email = "sofia.antunes@example.org", PartnerId = pt, TeamRole = TeamRole.LearnerRepresentative, Tasks = [TeamTask.Design, TeamTask.QualityAssuranceAndEvaluation], StaffMember = false },
            ],
            DecisionMaking = "The team decides by consensus in a fortnightly call; the leader settles deadlocks after consulting each partner's coordinator.",
            LeaderSupportSecured = true,
            LeaderSupport = "The faculty funds 0.2 FTE for the leader and the teaching-and-learning centre assigns a learning designer; the partners' deans signed equivalent commitments.",
            DesignStart = new DateOnly(2026, 9, 1),
            DesignEnd = new DateOnly(2026, 12, 18),
            DevelopmentEnd = new DateOnly(2027, 7, 2),
            FirstDelivery = new DateOnly(2027, 9, 20),
            ImplementationHorizonYears = 5,
        };

        c.SupportServices = new SupportServicesStep
        {
            Engagements =
            [
                Engagement(ids, nl, SupportService.TeachingAndLearning, "Learning design team"),
                Engagement(ids, nl, SupportService.Internationalisation, "International office"),
                Engagement(ids, nl, SupportService.StudentAdministration, "Lifelong learning desk"),
                Engagement(ids, nl, SupportService.ItServices, "Brightspace support"),
                Engagement(ids, nl, SupportService.ProgrammeBoard, "Board of the MSc Coastal and Delta Management"),
                Engagement(ids, nl, SupportService.LegalAffairs, "Legal office"),
                Engagement(ids, es, SupportService.TeachingAndLearning, "Servei de formació permanent"),
                Engagement(ids, es, SupportService.LegalAffairs, "Assessoria jurídica"),
                Engagement(ids, pt, SupportService.StudentAdministration, "Serviços académicos"),
                Engagement(ids, pt, SupportService.LegalAffairs, "Gabinete jurídico"),
            ],
            DeliveryPlatform = "Brightspace at Rijnmond University",
            PlatformProvider = PlatformProviderKind.Partner,
            PlatformProviderPartnerId = nl,
            MultiInstitutionRegistrationNeeded = false,
            PartOfBroaderCurriculum = false,
            ProgrammeBoards =
            [
                new() { Id = ids.Next(), PartnerId = nl, BoardName = "Board of the MSc Coastal and Delta Management", ApprovalStatus = BoardApprovalStatus.Approved, DecisionDate = new DateOnly(2027, 3, 10) },
            ],
        };

        c.LearningOutcomes = new LearningOutcomesStep
        {
            CourseObjective = "Learners can turn climate and flood-risk evidence into a defensible, staged adaptation plan for a coastal city district.",
            EqfLevel = EqfLevel.Level7,
            LevelRationale = "Learners integrate knowledge from several disciplines, handle incomplete data and take decisions with public consequences, as expected at master level.",
            OutcomeScheme = [OutcomeScheme.BloomRevised],
            Orientation = "Academic grounding in risk science combined with professional practice in municipal planning.",
            OrientationType = CourseOrientation.AcademicAndProfessional,
            CoDesignerPartnerIds = [es, pt],
            OtherCoDesigners = ["Association of Coastal Municipalities"],
            Outcomes =
            [
                Outcome(lo1, 1, "Explain how sea-level rise and storm surge scenarios translate into flood risk for a specific coastal city.", OutcomeDimension.Knowledge, BloomLevel.Understand),
                Outcome(lo2, 2, "Analyse the exposure and vulnerability of an urban district using open geospatial data.", OutcomeDimension.Skills, BloomLevel.Analyse),
                Outcome(lo3, 3, "Compare nature-based and engineered adaptation measures on cost, effectiveness and co-benefits.", OutcomeDimension.Skills, BloomLevel.Evaluate),
                Outcome(lo4, 4, "Apply a multi-criteria method to rank adaptation options together with stakeholders.", OutcomeDimension.Skills, BloomLevel.Apply),
                Outcome(lo5, 5, "Design an adaptation pathway for a city district with decision points and monitoring indicators.", OutcomeDimension.Skills, BloomLevel.Create),
                Outcome(lo6, 6, "Justify adaptation choices to councillors and residents while taking responsibility for their fairness.", OutcomeDimension.ResponsibilityAndAutonomy, BloomLevel.Evaluate),
            ],
        };

        c.CoursePlan = new CoursePlanStep
        {
            Title = CompleteTitle,
            Ects = 3m,
            DurationWeeks = 12,
            Schedule = CourseSchedule.FixedDates,
            StartDate = new DateOnly(2027, 9, 20),
            EndDate = new DateOnly(2027, 12, 12),
            StudyBlockHours = StudyBlockHours.FourHours,
            Units =
            [
                Unit(u1, 1, "Coastal climate risk", "From global scenarios to local water levels.", ["Sea-level rise scenarios", "Storm surge statistics", "Risk as hazard × exposure × vulnerability"], [lo1], 15m, leader, DeliveryMode.OnlineDistanceAsynchronous),
                Unit(u2, 2, "Mapping exposure and vulnerability", "Hands-on analysis of a district with open data.", ["Open geospatial data", "Social vulnerability indices", "Uncertainty in maps"], [lo2], 17m, esMember, DeliveryMode.OnlineDistanceAsynchronous),
                Unit(u3, 3, "Adaptation options", "Nature-based and engineered measures side by side.", ["Dunes, wetlands and oyster reefs", "Dikes and storm barriers", "Cost-effectiveness"], [lo3, lo4], 17m, ptMember, DeliveryMode.OnlineDistanceAsynchronous),
                Unit(u4, 4, "Co-creating adaptation with stakeholders", "Participatory methods, including an intensive week in Valencia.", ["Stakeholder mapping", "Multi-criteria analysis", "Equity in adaptation"], [lo4, lo6], 16m, esMember, DeliveryMode.Blended, isMobility: true),
                Unit(u5, 5, "Adaptation pathways studio", "Learners build a pathway for their own city and defend it.", ["Adaptation tipping points", "Pathway maps", "Monitoring indicators"], [lo5, lo6], 19m, nlMember, DeliveryMode.OnlineDistanceAsynchronous),
            ],
        };

        var labWeek = ids.Next();
        c.LearningActivities = new LearningActivitiesStep
        {
            LearningDesignModel = LearningDesignModel.Abc,
            SrlSupport = [SrlSupport.OrientingAndPlanning, SrlSupport.Monitoring, SrlSupport.Evaluating],
            ContentRelevantToOutcomes = true,
            FostersDeepUnderstanding = true,
            ClearStructure = true,
            StimulatesThinking = true,
            ActivatesLearners = true,
            StructureVsSelfRegulation = "Weekly deadlines give structure; within a week learners choose when and in which order they work.",
            Activities =
            [
                Activity(ids.Next(), u1, 1, "Recorded lectures on climate scenarios", LearningType.Acquisition, ActivityFormat.VirtualLecture, ActivityTiming.Asynchronous, 6m, [lo1], [Interaction.LearnerMaterial], [], [lms]),
                Activity(ids.Next(), u1, 2, "Webinar with a city climate officer", LearningType.Discussion, ActivityFormat.Webinar, ActivityTiming.Synchronous, 2m, [lo1], [Interaction.LearnerTeacher, Interaction.LearnerLearner], [Motivator.TeacherInteraction], [video]),
                Activity(ids.Next(), u1, 3, "Risk storyline for your own city", LearningType.Practice, ActivityFormat.Exercise, ActivityTiming.Asynchronous, 7m, [lo1], [Interaction.LearnerMaterial, Interaction.LearnerTeacher], [Motivator.MotivatingFormativeAssessment], [lms]),
                Activity(ids.Next(), u2, 1, "Guided tour of open geospatial data", LearningType.Acquisition, ActivityFormat.InteractiveVideo, ActivityTiming.Asynchronous, 4m, [lo2], [Interaction.LearnerMaterial], [], [lms]),
                Activity(ids.Next(), u2, 2, "District vulnerability analysis", LearningType.Investigation, ActivityFormat.CaseStudy, ActivityTiming.Asynchronous, 10m, [lo2], [Interaction.LearnerMaterial, Interaction.LearnerTechnology], [], [lms]),
                Activity(ids.Next(), u2, 3, "Peer feedback on vulnerability maps", LearningType.Discussion, ActivityFormat.OnlineDiscussion, ActivityTiming.Asynchronous, 3m, [lo2], [Interaction.LearnerLearner], [Motivator.PeerInteraction], [lms]),
                Activity(ids.Next(), u3, 1, "Reading: adaptation measures compared", LearningType.Acquisition, ActivityFormat.ReadingAssignment, ActivityTiming.Asynchronous, 4m, [lo3], [Interaction.LearnerMaterial], [], [lms]),
                Activity(ids.Next(), u3, 2, "Group case: dunes or dike?", LearningType.Collaboration, ActivityFormat.CaseStudy, ActivityTiming.Asynchronous, 6m, [lo3], [Interaction.LearnerLearner], [Motivator.PeerInteraction], [board]),
                Activity(ids.Next(), u3, 3, "Multi-criteria ranking exercise", LearningType.Practice, ActivityFormat.Exercise, ActivityTiming.Asynchronous, 7m, [lo4], [Interaction.LearnerMaterial], [Motivator.Gamification], [lms]),
                Activity(ids.Next(), u4, 1, "Stakeholder negotiation simulation", LearningType.Practice, ActivityFormat.SimulationGame, ActivityTiming.Synchronous, 4m, [lo4], [Interaction.LearnerLearner, Interaction.LearnerTeacher], [Motivator.TeacherInteraction], [video]),
                Activity(labWeek, u4, 2, "Co-creation lab week in Valencia", LearningType.Collaboration, ActivityFormat.FieldOrLabObservation, ActivityTiming.Synchronous, 8m, [lo4, lo6], [Interaction.LearnerLearner, Interaction.LearnerCommunity], [Motivator.PeerInteraction], [board], ActivitySetting.OnSite),
                Activity(ids.Next(), u4, 3, "Debate on fair adaptation", LearningType.Discussion, ActivityFormat.GroupDiscussion, ActivityTiming.Synchronous, 4m, [lo6], [Interaction.LearnerLearner, Interaction.LearnerTeacher], [], [video]),
                Activity(ids.Next(), u5, 1, "Pathway design studio", LearningType.Production, ActivityFormat.ProjectWork, ActivityTiming.Asynchronous, 13m, [lo5], [Interaction.LearnerTeacher, Interaction.LearnerMaterial], [Motivator.TeacherInteraction], [lms]),
                Activity(ids.Next(), u5, 2, "Pitch to a city panel", LearningType.Production, ActivityFormat.Presentation, ActivityTiming.Synchronous, 3m, [lo5, lo6], [Interaction.LearnerCommunity, Interaction.LearnerTeacher], [], [video]),
                Activity(ids.Next(), u5, 3, "Peer review of pathways", LearningType.Discussion, ActivityFormat.PeerReviewCycle, ActivityTiming.Asynchronous, 3m, [lo5, lo6], [Interaction.LearnerLearner], [Motivator.PeerInteraction], [lms]),
            ],
        };

        c.InternationalMobility = new InternationalMobilityStep
        {
            Activities =
            [
                new()
                {
                    Id = ids.Next(), Title = "Co-creation lab week in Valencia", Type = InternationalActivityType.BlendedIntensiveProgramme, Mobility = MobilityKind.Blended,
                    StaffMobility = true, StudentMobility = true, HostPartnerId = es, UnitId = u4, LearningActivityIds = [labWeek],
                    Status = MobilityStatus.Compulsory, JointlyDesignedByMemberIds = [esMember, ptMember],
                },
            ],
        };

        c.Delivery = new DeliveryStep
        {
            DeliveryModes = [DeliveryMode.Blended, DeliveryMode.OnlineDistanceAsynchronous],
            DominantMode = DeliveryMode.Blended,
            ModeRationale = "Most weeks are asynchronous so that learners in three time zones can study around work; one intensive week on site builds the network the learners value most.",
            Pace = Pace.Mixed,
            StudyRegime = [StudyRegime.PartTime],
            CohortBased = true,
            FlexibilityOptions = [FlexibilityOption.AsyncForTimeZones, FlexibilityOption.ChoiceOfResources],
            TimeZones = ["WET", "CET"],
            Tools =
            [
                new() { Id = lms, Name = "Brightspace", Functions = [ToolFunction.LearningEnvironment, ToolFunction.AssessmentAndAssignments, ToolFunction.Communication], ProvidedByPartnerId = nl, RubricEvaluated = true, AccessibilityChecked = true, Evidence = "Institutional rubric review 2025." },
                new() { Id = video, Name = "Zoom", Functions = [ToolFunction.ConferenceCalls, ToolFunction.VirtualClassroom], ProvidedByPartnerId = nl, RubricEvaluated = true, AccessibilityChecked = true },
                new() { Id = board, Name = "Miro", Functions = [ToolFunction.Collaboration], ProvidedByPartnerId = es, RubricEvaluated = true, AccessibilityChecked = true },
            ],
        };

        c.Inclusiveness = new InclusivenessStep
        {
            Dimensions = [InclusionDimension.DigitalAccessibility, InclusionDimension.SocialInclusion, InclusionDimension.LearningDisabilities],
            SpecificGroups = [SpecificLearnerGroup.LearnersAtWork, SpecificLearnerGroup.NonTraditionalLearners],
            UdlApplied = true,
            Measures = "All videos are captioned and transcribed, documents meet WCAG 2.1 AA, the lab week has a travel grant and a remote track, and every unit offers text and audio versions of key material.",
            AssessmentAccommodations = "Extra time and alternative formats on request; the oral defence can be replaced by a recorded presentation.",
        };

        c.Microlearning = new MicrolearningStep
        {
            Units =
            [
                new()
                {
                    Id = ids.Next(), Title = "Reading a flood-risk map in ten minutes", SingleObjective = "Read the flood depth and probability from a municipal risk map.",
                    Origin = MicrolearningOrigin.DerivedFromCourseUnit, SourceUnitId = u2,
                    WorkplaceAdaptation = "Shortened to one map of the learner's own municipality, with a phone-friendly quiz instead of the full analysis.",
                    DurationMinutes = 10, UseContexts = [MicrolearningUseContext.OnTheJobJustInTime, MicrolearningUseContext.CoursePreparation],
                    Formats = [MicrolearningFormat.ShortVideo, MicrolearningFormat.QuizMicroAssessment], MobileReady = true, SelfEvaluation = true,
                    OutcomeId = lo2, StackableIntoCourse = true, BadgeType = BadgeType.Completion, ReviewedBy = MicrolearningReviewer.Both,
                },
            ],
        };

        c.Assessment = new AssessmentStep
        {
            OnlineAssessmentFramework = "Assessment design follows the partners' joint framework: authentic tasks, identity checks proportional to the stakes, transparent data use and a yearly review of the framework.",
            ExamRegulations = "One resit per summative component within six weeks; plagiarism is handled by the issuing university's exam board; complaints go to the joint assessment board within 20 working days; learners pass with a weighted mean of at least 5.5 and no component below 4.",
            GradingScale = GradingScale.OneToTen,
            PassMark = 5.5m,
            TranscriptionTables =
            [
                new()
                {
                    Id = ids.Next(), PartnerId = pt, LocalScale = GradingScale.OneToTwenty,
                    Bands =
                    [
                        new() { Id = ids.Next(), CommonGrade = "9.0-10", LocalGrade = "18-20" },
                        new() { Id = ids.Next(), CommonGrade = "8.0-8.9", LocalGrade = "16-17" },
                        new() { Id = ids.Next(), CommonGrade = "7.0-7.9", LocalGrade = "14-15" },
                        new() { Id = ids.Next(), CommonGrade = "5.5-6.9", LocalGrade = "10-13" },
                        new() { Id = ids.Next(), CommonGrade = "below 5.5", LocalGrade = "below 10" },
                    ],
                },
            ],
            AssessmentTiming = AssessmentTiming.CohortFixedDates,
            AssessmentBoard = "One examiner per partner plus an external member; meets after each run and for resits.",
            RplProcedure = "Learners who did not obtain the credits can ask Rijnmond University to assess a portfolio against the outcomes, following the ECTS Users' Guide.",
            RplPartnerId = nl,
            IntegrityMeasures = [IntegrityMeasure.PlagiarismDetection, IntegrityMeasure.OralCheck],
            CommunicationToLearners = [LearnerCommunication.CriteriaPublishedInAdvance, LearnerCommunication.SampleExam],
            Components =
            [
                new() { Id = ids.Next(), Title = "Weekly self-check quizzes", Purpose = AssessmentPurpose.Formative, Method = AssessmentMethod.Quiz, Marking = Marking.ComputerBased, Setting = ActivitySetting.Online, UnitId = u1, OutcomeIds = [lo1], Feedback = [FeedbackType.Automated] },
                new() { Id = ids.Next(), Title = "Peer feedback on vulnerability maps", Purpose = AssessmentPurpose.Formative, Method = AssessmentMethod.PeerAssessment, Marking = Marking.Mixed, Setting = ActivitySetting.Online, UnitId = u2, OutcomeIds = [lo2], Feedback = [FeedbackType.Peer, FeedbackType.Instructor] },
                Summative(ids.Next(), "Adaptation options case analysis", AssessmentMethod.CaseStudyQuiz, Marking.Mixed, u3, [lo3, lo4], 30m, IdVerification.PlatformPhotoIdMatch),
                new() { Id = ids.Next(), Title = "Lab week reflection", Purpose = AssessmentPurpose.Formative, Method = AssessmentMethod.SelfAssessment, Marking = Marking.TeacherAssessed, Setting = ActivitySetting.Online, UnitId = u4, OutcomeIds = [lo4, lo6], Feedback = [FeedbackType.Instructor] },
                Summative(ids.Next(), "Adaptation pathway capstone", AssessmentMethod.CapstoneProject, Marking.TeacherAssessed, null, [lo1, lo2, lo5], 50m, IdVerification.RecordedCapstonePresentation),
                Summative(ids.Next(), "Oral defence before a city panel", AssessmentMethod.OnlineOralExam, Marking.TeacherAssessed, u5, [lo5, lo6], 20m, IdVerification.OnlineInterview),
            ],
        };

        c.Award = new AwardStep
        {
            AwardType = AwardType.EctsCredits,
            AttendanceOnlyRoute = true,
            AwardJustification = "Three ECTS at EQF 7 reflect 84 hours of assessed master-level work; the credits are recognised in the partners' water master programmes.",
            AwardingBodyPartnerIds = [nl, es, pt],
            IssuingInstitutionPartnerId = nl,
            PartnerAlignment =
            [
                new() { Id = ids.Next(), PartnerId = nl, LocalAwardName = "Micro-credential (3 ECTS)", FitsLocalStructure = true },
                new() { Id = ids.Next(), PartnerId = es, LocalAwardName = "Microcredencial universitaria", FitsLocalStructure = true, Remarks = "Below the national 15 ECTS cap." },
                new() { Id = ids.Next(), PartnerId = pt, LocalAwardName = "Microcredencial", FitsLocalStructure = true },
            ],
            ProfessionalRecognition =
            [
                new() { Id = ids.Next(), BodyName = "Dutch Association of Water Professionals", Kind = RecognitionKind.Endorsed, CreditName = "CPD points", CreditAmount = 20m, Sector = ProfessionalSector.Other },
            ],
            CertificateFormat = CertificateFormat.DigitalSealedEdc,
            EdcCategory = EdcCategory.Qualification,
            CertificateLanguages = ["en"],
            QualificationSupplement = true,
            FurtherInformation = "Endorsed by the Dutch Association of Water Professionals for 20 CPD points.",
        };

        c.LanguagePolicy = new LanguagePolicyStep
        {
            InstructionLanguages = ["en"],
            MaterialLanguages = ["en"],
            AssessmentLanguages = ["en"],
            SupportLanguages = ["en", "nl", "es", "pt"],
            CertificateLanguages = ["en"],
            ProficiencyRequirement = "English at CEFR B2.",
            AcceptedProofs = ["IELTS 6.0", "TOEFL iBT 80", "Cambridge B2 First", "A degree taught in English"],
            LanguageRationale = "English lets learners from three countries learn together; help desks also answer in the partners' languages.",
        };

        c.Admission = new AdmissionStep
        {
            AdmissionType = AdmissionType.Selective,
            Criteria =
            [
                new() { Id = ids.Next(), Kind = AdmissionCriterionKind.LanguageProficiency, Description = "English at B2.", VerificationMethod = "Certificate upload" },
                new() { Id = ids.Next(), Kind = AdmissionCriterionKind.DegreeAtEqfLevel, Description = "Bachelor's degree in a related field.", VerificationMethod = "Diploma upload" },
                new() { Id = ids.Next(), Kind = AdmissionCriterionKind.WorkExperience, Description = "Two years in planning, water or environmental work.", VerificationMethod = "CV and employer statement" },
            ],
            RequiredDegreeEqfLevel = EqfLevel.Level6,
            NonTraditionalAlternative = "Applicants without a degree show five years of relevant work through a short portfolio.",
            Prerequisites = "A related bachelor's degree or five years of relevant work experience, and English at B2.",
            MaxParticipants = 40,
            SingleApplicationProcedure = true,
            EligibilityReviewerPartnerIds = [nl],
            ApplicationDeadline = new DateOnly(2027, 8, 30),
            EnrolmentInstitutionPartnerIds = [nl],
            LearningAgreementRequired = true,
            LearningAgreementIssuedAtEnrolment = true,
            SupportServices = [SupportServiceForLearners.AcademicSupport, SupportServiceForLearners.Tutoring, SupportServiceForLearners.TechnicalHelpdesk, SupportServiceForLearners.LibraryAccess],
            ResourcesInfo = "Digital library access at Rijnmond University, a GIS software licence and a travel grant for the lab week.",
            TermsAndConditions = "Full refund until two weeks before the start; learners may pause once and join the next run.",
        };

        c.Recruitment = new RecruitmentStep
        {
            RecruitingArea = [GeographicScope.European],
            TransnationalContext = "Coastal planners elsewhere in Europe face similar questions; the three case regions cover the main coastal types.",
            WebsiteUrl = "https://threecoasts.example.eu/adaptation-planning",
            Portals = [RecruitmentPortal.InstitutionalCatalogue, RecruitmentPortal.Slp4you],
            Segments =
            [
                new() { Id = ids.Next(), Segment = LearnerSegment.ProfessionalAssociations, Message = "Earn recognised credits and CPD points while working.", Channels = [RecruitmentChannel.Mailings, RecruitmentChannel.Conferences], OwnerPartnerId = es, Budget = 2000m },
                new() { Id = ids.Next(), Segment = LearnerSegment.IndividualLearners, Message = "Plan the future of your own city with peers from three countries.", Channels = [RecruitmentChannel.SocialMedia, RecruitmentChannel.Website], OwnerPartnerId = nl, Budget = 1500m },
                new() { Id = ids.Next(), Segment = LearnerSegment.DegreeStudents, Message = "A practice-oriented elective that counts towards your master.", Channels = [RecruitmentChannel.Portal], OwnerPartnerId = pt },
            ],
            Testimonials = ["The pilot group said the lab week changed how they talk with residents."],
        };

        c.QualityAssurance = new QualityAssuranceStep
        {
            PartnerQaFrameworks =
            [
                new() { Id = ids.Next(), PartnerId = nl, InternalQaDescription = "Course evaluation cycle of the faculty, with annual reports to the programme committee.", HasJointCourseQa = true, DataSupplied = "Course evaluations and learning analytics" },
                new() { Id = ids.Next(), PartnerId = es, InternalQaDescription = "AUDIT-certified internal QA system.", HasJointCourseQa = false, DataSupplied = "Learner satisfaction survey" },
                new() { Id = ids.Next(), PartnerId = pt, InternalQaDescription = "Institutional QA system certified by the national agency.", HasJointCourseQa = false, DataSupplied = "Teacher reports" },
            ],
            QaPlan = "The lead university runs the course evaluation; partners deliver their data within a month of each run; the team meets to agree an improvement plan.",
            Standards = [QaStandard.Esg, QaStandard.EnqaELearningConsiderations],
            Indicators =
            [
                QaIndicator.LearningProgressAndSuccess, QaIndicator.OutcomesAchievedVsIntended, QaIndicator.LearningExperienceAndSatisfaction,
                QaIndicator.ContentAndLevel, QaIndicator.LearningAnalytics, QaIndicator.StudyLoadIntendedVsActual, QaIndicator.CompletionRate,
            ],
            InternalPeerReview = [PeerReviewStage.AfterUnitDesign, PeerReviewStage.AfterUnitDevelopment],
            ExternalPeerReview = ExternalPeerReview.AfterDesign,
            Instruments = [QaInstrument.ExcellenceSelfAssessment, QaInstrument.UdlCheck],
            ExternalQa = ExternalQa.CoveredByExistingProcesses,
            QaTypeStatement = "Quality assured under the internal QA system of Rijnmond University, in line with the ESG, with peer review by all three partners.",
            ReviewCycle = ReviewCycle.Annual,
        };

        c.BusinessPlan = new BusinessPlanStep
        {
            PlanCurrency = "EUR",
            CostItems =
            [
                new() { Id = ids.Next(), Description = "Course design", Category = CostCategory.Design, PartnerId = nl, Basis = CostBasis.OneOff, Amount = 18000m, Currency = "EUR" },
                new() { Id = ids.Next(), Description = "Development of units and media", Category = CostCategory.Development, PartnerId = es, Basis = CostBasis.OneOff, Amount = 27000m, Currency = "EUR" },
                new() { Id = ids.Next(), Description = "Teaching and tutoring", Category = CostCategory.Delivery, PartnerId = nl, Basis = CostBasis.PerRun, Amount = 9000m, Currency = "EUR" },
                new() { Id = ids.Next(), Description = "Platform and enrolment", Category = CostCategory.ItAndStudentAdministration, PartnerId = nl, Basis = CostBasis.PerRun, Amount = 2000m, Currency = "EUR" },
                new() { Id = ids.Next(), Description = "Campaigns", Category = CostCategory.Marketing, PartnerId = es, Basis = CostBasis.PerRun, Amount = 2000m, Currency = "EUR" },
                new() { Id = ids.Next(), Description = "Digital certificate", Category = CostCategory.Certification, PartnerId = nl, Basis = CostBasis.PerLearner, Amount = 15m, Currency = "EUR" },
            ],
            FeeTiers =
            [
                new() { Id = ids.Next(), Segment = FeeSegment.Professional, Option = FeeOption.WithAssessmentAndCredits, Amount = 1450m, Currency = "EUR", Discounts = "10 % for members of partner associations" },
                new() { Id = ids.Next(), Segment = FeeSegment.Professional, Option = FeeOption.AttendanceOnly, Amount = 850m, Currency = "EUR" },
                new() { Id = ids.Next(), Segment = FeeSegment.DegreeStudent, Option = FeeOption.WithAssessmentAndCredits, Amount = 450m, Currency = "EUR" },
            ],
            FundingSources =
            [
                new() { Id = ids.Next(), Type = FundingType.ErasmusPlusBip, Name = "Blended intensive programme grant", Amount = 7000m, Currency = "EUR", Period = "2027-2028", Secured = true, ProjectBased = true },
                new() { Id = ids.Next(), Type = FundingType.Institutional, Name = "Lifelong learning innovation fund", Amount = 20000m, Currency = "EUR", Period = "2026-2027", Secured = true, ProjectBased = false },
            ],
            Benchmark = [new() { Id = ids.Next(), Provider = "A private training institute", ComparableOffer = "Five-day climate adaptation training without credits", Fee = 1900m }],
            AffordabilityStatement = "Fees sit below comparable private training and many employers reimburse them; degree students pay a reduced fee and two scholarships per run cover learners from small municipalities.",
            Scholarships = [new() { Id = ids.Next(), Sponsor = "Association of Coastal Municipalities", Number = 2, Amount = 1450m }],
            AllocationModel = AllocationModel.LeadCollectsAndRedistributes,
            PartnerShares =
            [
                new() { Id = ids.Next(), PartnerId = nl, SharePercent = 40m },
                new() { Id = ids.Next(), PartnerId = es, SharePercent = 30m },
                new() { Id = ids.Next(), PartnerId = pt, SharePercent = 30m },
            ],
            RevenueToFacultyAndTeam = true,
            ExpectedLearnersPerRun = 30,
        };

        c.Sustainability = new SustainabilityStep
        {
            HorizonYears = 5,
            Milestones =
            [
                new() { Id = ids.Next(), Area = MilestoneArea.InternationalIntake, Target = "Learners from outside the three partner countries", NumericTarget = 8, DueDate = new DateOnly(2029, 12, 31) },
                new() { Id = ids.Next(), Area = MilestoneArea.StudyProgressAndSuccess, Target = "Share of enrolled learners who obtain the credits (%)", NumericTarget = 80, DueDate = new DateOnly(2028, 12, 31) },
                new() { Id = ids.Next(), Area = MilestoneArea.StakeholderCollaboration, Target = "Municipalities offering real cases each run", DueDate = new DateOnly(2028, 6, 30) },
            ],
            PartnerCommitments =
            [
                new() { Id = ids.Next(), PartnerId = nl, YearsCommitted = 5, RelevanceRecheckDate = new DateOnly(2029, 9, 1) },
                new() { Id = ids.Next(), PartnerId = es, YearsCommitted = 5, RelevanceRecheckDate = new DateOnly(2029, 9, 1) },
                new() { Id = ids.Next(), PartnerId = pt, YearsCommitted = 5, RelevanceRecheckDate = new DateOnly(2029, 9, 1) },
            ],
            AnnualEvaluationMonth = 2,
            EvaluationDimensions = [EvaluationDimension.ContentRelevanceAndSequence, EvaluationDimension.LearningExperience, EvaluationDimension.Workload, EvaluationDimension.Inclusiveness],
            FinancialPlanYears = 5,
            FinancialReviewWithExperts = true,
            ThirdMissionStatement = "The course becomes part of each partner's permanent continuing-education catalogue and feeds the national adaptation dialogue.",
        };

        c.ConsortiumAgreement = new ConsortiumAgreementStep
        {
            Clauses = [.. Enum.GetValues<ConsortiumClause>().Select(k => new AgreementClause { Id = ids.Next(), Clause = k, Status = ClauseStatus.Agreed, Text = "Agreed text in annex " + (int)k + ".", OwnerMemberId = leader })],
            Signatories =
            [
                new() { Id = ids.Next(), PartnerId = nl, SignerName = "Rector of Rijnmond University", SignedOn = new DateOnly(2026, 11, 2) },
                new() { Id = ids.Next(), PartnerId = es, SignerName = "Vice-rector of Universitat de Llevant", SignedOn = new DateOnly(2026, 11, 5) },
                new() { Id = ids.Next(), PartnerId = pt, SignerName = "President of Universidade do Atlântico Norte", SignedOn = new DateOnly(2026, 11, 9) },
            ],
            EffectiveFrom = new DateOnly(2027, 5, 1),
            EffectiveTo = new DateOnly(2032, 12, 31),
            TemplateSource = "Consortium agreement template of the partners' alliance, adapted by the legal offices.",
        };

        return new SampleDesign(CompleteTitle, c, Institutions(dutchUniversityId, spanishUniversityId, portugueseUniversityId));
    }

    /// <summary>A design a few weeks into the work: foundations and outcomes drafted, assessment half done.</summary>
    public static SampleDesign HalfFinished(Guid dutchUniversityId, Guid spanishUniversityId, Guid portugueseUniversityId)
    {
        var ids = new Ids(0xB0);
        var nl = ids.Next();
        var es = ids.Next();
        var leader = ids.Next();
        var esMember = ids.Next();
        var lo1 = ids.Next();
        var lo2 = ids.Next();
        var lo3 = ids.Next();
        var u1 = ids.Next();
        var u2 = ids.Next();

        var c = new DesignContent();
        c.InstitutionalAlignment = new InstitutionalAlignmentStep
        {
            PolicyFrameworks = [PolicyFramework.InstitutionalCepdStrategy],
            MissionAlignment = "Both universities want to help public bodies meet the European accessibility rules.",
            LearnerTimeHorizon = "Short weekly sessions that fit around service desks and office hours.",
            CompetitivenessScope = [GeographicScope.National],
            OfferingModel = OfferingModel.NewStandAloneCourse,
        };
        c.JointVision = new JointVisionStep
        {
            NeedsEvidence = [NeedsEvidence.StakeholderConsultation],
            NeedsSummary = "Municipal web teams report they lack practical accessibility testing skills.",
            LearnerNeeds = [LearnerNeed.Upskilling],
            TargetGroups = [TargetGroup.WorkingProfessionals],
            Stackability = Stackability.StandAlone,
            RecognitionRoute = [RecognitionRoute.LearnerRequestedRpl],
            Lifespan = Lifespan.RecurringRuns,
        };
        c.Partnership = new PartnershipStep
        {
            Partners =
            [
                new() { Id = nl, InstitutionId = dutchUniversityId, OrganisationType = OrganisationType.HigherEducationInstitution, DegreeAwarding = true, PartnerRole = PartnerRole.LeadInstitution, GradingScale = GradingScale.OneToTen, Contributions = [PartnerContribution.Content, PartnerContribution.Platform], ContactName = "Femke de Wit" },
                new() { Id = es, InstitutionId = spanishUniversityId, OrganisationType = OrganisationType.HigherEducationInstitution, DegreeAwarding = true, PartnerRole = PartnerRole.FullPartner, GradingScale = GradingScale.OneToTen, Contributions = [PartnerContribution.Content], ContactName = "Lucía Ferrer" },
            ],
        };
        c.CourseTeam = new CourseTeamStep
        {
            Members =
            [
                new() { Id = leader, FullName = "Femke de Wit", PartnerId = nl, TeamRole = TeamRole.CourseTeamLeader, Expertise = "Web accessibility", Tasks = [TeamTask.Design, TeamTask.Development, TeamTask.Implementation, TeamTask.Assessment, TeamTask.QualityAssuranceAndEvaluation], StaffMember = true },
                new() { Id = esMember, FullName = "Lucía Ferrer", PartnerId = es, TeamRole = TeamRole.CourseTeamMember, Expertise = "Human-computer interaction", Tasks = [TeamTask.Design], StaffMember = true },
            ],
            DecisionMaking = "Consensus in a weekly call.",
            DesignStart = new DateOnly(2026, 10, 1),
            DesignEnd = new DateOnly(2026, 11, 15),
            DevelopmentEnd = new DateOnly(2027, 6, 30),
            FirstDelivery = new DateOnly(2027, 9, 1),
            ImplementationHorizonYears = 3,
        };
        c.LearningOutcomes = new LearningOutcomesStep
        {
            CourseObjective = "Public-sector web staff can test and fix the accessibility of their services.",
            EqfLevel = EqfLevel.Level6,
            OutcomeScheme = [OutcomeScheme.BloomRevised],
            OrientationType = CourseOrientation.Professional,
            Outcomes =
            [
                Outcome(lo1, 1, "Evaluate a public web service against the accessibility success criteria.", OutcomeDimension.Skills, BloomLevel.Evaluate, EqfLevel.Level6),
                Outcome(lo2, 2, "Understand the needs of users of assistive technology.", OutcomeDimension.Knowledge, BloomLevel.Understand, EqfLevel.Level6),
                Outcome(lo3, 3, "Plan the repair of the barriers found, in order of impact.", OutcomeDimension.Skills, BloomLevel.Create, EqfLevel.Level6),
            ],
        };
        c.CoursePlan = new CoursePlanStep
        {
            Title = HalfFinishedTitle,
            Ects = 2m,
            DurationWeeks = 8,
            Schedule = CourseSchedule.FlexibleStartAndEnd,
            Units =
            [
                Unit(u1, 1, "Who needs accessibility", "Users, assistive technology and the law.", ["Assistive technology", "European accessibility rules"], [lo2], 20m, esMember, DeliveryMode.OnlineDistanceAsynchronous, status: UnitDevelopmentStatus.Designed),
                Unit(u2, 2, "Testing a public service", "Manual and automated testing.", ["Automated checkers", "Screen-reader testing"], [lo1], 24m, esMember, DeliveryMode.OnlineDistanceAsynchronous, status: UnitDevelopmentStatus.Planned),
            ],
        };
        c.LearningActivities = new LearningActivitiesStep
        {
            LearningDesignModel = LearningDesignModel.Abc,
            Activities =
            [
                Activity(ids.Next(), u1, 1, "Videos by screen-reader users", LearningType.Acquisition, ActivityFormat.MultimediaObject, ActivityTiming.Asynchronous, 12m, [lo2], [Interaction.LearnerMaterial], [], []),
                Activity(ids.Next(), u2, 1, "Test your own service", LearningType.Practice, ActivityFormat.TheoryPracticeTask, ActivityTiming.Asynchronous, 24m, [lo1], [Interaction.LearnerMaterial], [], []),
            ],
        };
        c.Assessment = new AssessmentStep
        {
            GradingScale = GradingScale.OneToTen,
            PassMark = 5.5m,
            Components =
            [
                Summative(ids.Next(), "Accessibility audit report", AssessmentMethod.AuthenticTask, Marking.TeacherAssessed, u2, [lo1], 80m, IdVerification.UniversityRegistration),
            ],
        };
        c.Award = new AwardStep
        {
            AwardType = AwardType.EctsCredits,
            AwardingBodyPartnerIds = [nl, es],
            IssuingInstitutionPartnerId = nl,
            CertificateFormat = CertificateFormat.DigitalOther,
            CertificateLanguages = ["en", "nl", "es"],
        };

        var facts = Institutions(dutchUniversityId, spanishUniversityId, portugueseUniversityId)
            .Where(kv => kv.Key != portugueseUniversityId)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        return new SampleDesign(HalfFinishedTitle, c, facts);
    }

    private static SupportEngagement Engagement(Ids ids, Guid partner, SupportService service, string contact) =>
        new() { Id = ids.Next(), PartnerId = partner, Service = service, Status = EngagementStatus.Engaged, ContactName = contact, FirstContactDate = new DateOnly(2026, 9, 15) };

    private static LearningOutcome Outcome(Guid id, int order, string statement, OutcomeDimension dimension, BloomLevel bloom, EqfLevel level = EqfLevel.Level7) =>
        new() { Id = id, Code = "LO" + order, Order = order, Statement = statement, Dimension = dimension, BloomLevel = bloom, EqfLevel = level };

    private static CourseUnit Unit(Guid id, int order, string title, string summary, List<string> topics, List<Guid> outcomes, decimal hours, Guid member, DeliveryMode mode, bool isMobility = false, UnitDevelopmentStatus status = UnitDevelopmentStatus.Approved) =>
        new()
        {
            Id = id, Order = order, Title = title, Summary = summary, Topics = topics, OutcomeIds = outcomes, StudyHours = hours,
            ResponsibleMemberId = member, DeliveryMode = mode, IsMobilityUnit = isMobility, DevelopmentStatus = status,
        };

    private static LearningActivity Activity(Guid id, Guid unit, int order, string title, LearningType type, ActivityFormat format, ActivityTiming timing, decimal hours, List<Guid> outcomes, List<Interaction> interactions, List<Motivator> motivators, List<Guid> tools, ActivitySetting setting = ActivitySetting.Online) =>
        new()
        {
            Id = id, UnitId = unit, Order = order, Title = title, LearningType = type, Format = format, Timing = timing, Setting = setting, Hours = hours,
            OutcomeIds = outcomes, Interactions = interactions, Motivators = motivators, ToolIds = tools,
            Facilitation = interactions.Any(i => i != Interaction.LearnerMaterial) ? "A teacher moderates, answers within a working day and summarises the discussion." : null,
        };

    private static AssessmentComponent Summative(Guid id, string title, AssessmentMethod method, Marking marking, Guid? unit, List<Guid> outcomes, decimal weight, IdVerification idCheck) =>
        new()
        {
            Id = id, Title = title, Purpose = AssessmentPurpose.Summative, Method = method, Marking = marking, Setting = ActivitySetting.Online,
            UnitId = unit, OutcomeIds = outcomes, WeightPercent = weight,
            Criteria = "A rubric with four levels per assessed outcome, published at the start of the course.",
            Supervision = Supervision.SupervisedOnlineWithIdVerification, IdVerification = idCheck, IdMethodAccessible = true,
        };

    /// <summary>Deterministic row ids, so the demo data is the same every time it is seeded.</summary>
    private sealed class Ids(int prefix)
    {
        private int _next;

        public Guid Next() => new($"{prefix:x2}000000-0000-4000-8000-{++_next:x12}");
    }
}
