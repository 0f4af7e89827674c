using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Designs;

/// <summary>A required field that is still empty: its path inside the step document and a label the team understands.</summary>
public sealed record MissingField(string FieldPath, string Label);

/// <summary>Lists the required (and, when their condition holds, conditionally required) fields of a step that are still empty.</summary>
public static class StepCompleteness
{
    public static bool IsComplete(WizardStep step, DesignContent content) => Missing(step, content).Count == 0;

    public static IReadOnlyList<MissingField> Missing(WizardStep step, DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var m = new MissingList();
        switch (step)
        {
            case WizardStep.InstitutionalAlignment: InstitutionalAlignment(content, m); break;
            case WizardStep.JointVision: JointVision(content, m); break;
            case WizardStep.Partnership: Partnership(content, m); break;
            case WizardStep.CourseTeam: CourseTeam(content, m); break;
            case WizardStep.SupportServices: SupportServices(content, m); break;
            case WizardStep.LearningOutcomes: LearningOutcomes(content, m); break;
            case WizardStep.CoursePlan: CoursePlan(content, m); break;
            case WizardStep.LearningActivities: LearningActivities(content, m); break;
            case WizardStep.InternationalMobility: InternationalMobility(content, m); break;
            case WizardStep.Delivery: Delivery(content, m); break;
            case WizardStep.Inclusiveness: Inclusiveness(content, m); break;
            case WizardStep.Microlearning: Microlearning(content, m); break;
            case WizardStep.Assessment: Assessment(content, m); break;
            case WizardStep.Award: Award(content, m); break;
            case WizardStep.LanguagePolicy: LanguagePolicy(content, m); break;
            case WizardStep.Admission: Admission(content, m); break;
            case WizardStep.Recruitment: Recruitment(content, m); break;
            case WizardStep.QualityAssurance: QualityAssurance(content, m); break;
            case WizardStep.BusinessPlan: BusinessPlan(content, m); break;
            case WizardStep.Sustainability: Sustainability(content, m); break;
            case WizardStep.ConsortiumAgreement: ConsortiumAgreement(content, m); break;
            default: throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown wizard step.");
        }

        return m.Items;
    }

    private static void InstitutionalAlignment(DesignContent c, MissingList m)
    {
        var s = c.InstitutionalAlignment;
        m.List(s.PolicyFrameworks, "PolicyFrameworks", "At least one policy framework the course supports");
        if (s.PolicyFrameworks.Contains(PolicyFramework.AllianceStrategy))
        {
            m.Text(s.AllianceName, "AllianceName", "Name of the alliance whose strategy the course supports");
        }

        m.Text(s.MissionAlignment, "MissionAlignment", "How the course serves the partners' continuing-education mission");
        m.Text(s.LearnerTimeHorizon, "LearnerTimeHorizon", "How the course fits the time working learners have");
        m.Text(s.CrossInstitutionalSynergy, "CrossInstitutionalSynergy", "What each partner contributes and the quality gain");
        m.List(s.CompetitivenessScope, "CompetitivenessScope", "Where the course aims to compete (national, European, global)");
        if (s.HasMoocPolicyLink)
        {
            m.Text(s.MoocPolicyLink, "MoocPolicyLink", "How the course relates to the MOOC policy");
            m.Value(s.MoocPlatform, "MoocPlatform", "MOOC platform used");
        }

        m.Value(s.OfferingModel, "OfferingModel", "Whether the course is new, derived from a programme or mixed");
    }

    private static void JointVision(DesignContent c, MissingList m)
    {
        var s = c.JointVision;
        m.List(s.NeedsEvidence, "NeedsEvidence", "Evidence of the need for the course");
        m.Text(s.NeedsSummary, "NeedsSummary", "Summary of the needs found");
        m.List(s.LearnerNeeds, "LearnerNeeds", "What learners need the course for");
        if (s.NeedsEvidence.Contains(NeedsEvidence.StakeholderConsultation))
        {
            m.List(s.StakeholdersConsulted, "StakeholdersConsulted", "Stakeholders that were consulted");
        }

        foreach (var st in s.StakeholdersConsulted)
        {
            m.Text(st.Name, $"StakeholdersConsulted[{st.Id}].Name", "Name of a consulted stakeholder");
            m.Value(st.Type, $"StakeholdersConsulted[{st.Id}].Type", $"Type of stakeholder '{st.Name}'");
        }

        m.Text(s.AcademicProfile, "AcademicProfile", "Academic profile of the course");
        m.Text(s.ProfessionalProfile, "ProfessionalProfile", "Professional profile of the course");
        m.Text(s.SocietalChallenges, "SocietalChallenges", "Societal challenges the course addresses");
        m.List(s.TargetGroups, "TargetGroups", "Target groups of learners");
        m.Text(s.PriorKnowledgeNeeded, "PriorKnowledgeNeeded", "Prior knowledge learners need");
        m.Text(s.Motivation, "Motivation", "What motivates the learners");
        m.Text(s.GeneralObjectives, "GeneralObjectives", "General objectives of the course");
        m.Text(s.AcademicObjectives, "AcademicObjectives", "Academic objectives of the course");
        m.Text(s.UniqueSellingPoint, "UniqueSellingPoint", "Why learners will choose this course");
        m.Text(s.AddedValue, "AddedValue", "Added value over existing offers");
        m.Value(s.Stackability, "Stackability", "Whether the course stands alone or stacks into a larger credential");
        if (s.Stackability == Stackability.Stackable)
        {
            m.Value(s.StackingApproach, "StackingApproach", "How stacking is organised");
            m.List(s.StackingTargets, "StackingTargets", "At least one credential the course stacks into");
        }

        foreach (var t in s.StackingTargets)
        {
            m.Text(t.Title, $"StackingTargets[{t.Id}].Title", "Title of a stacking target");
            m.Value(t.Type, $"StackingTargets[{t.Id}].Type", $"Type of stacking target '{t.Title}'");
        }

        m.List(s.RecognitionRoute, "RecognitionRoute", "How the credits get recognised");
        m.Value(s.Lifespan, "Lifespan", "How long and how often the course runs");
        if (s.Lifespan is not null and not Lifespan.SingleRun)
        {
            m.Value(s.PlannedYears, "PlannedYears", "Number of years the course will be offered");
        }
    }

    private static void Partnership(DesignContent c, MissingList m)
    {
        var s = c.Partnership;
        m.List(s.Partners, "Partners", "The partners of the consortium");
        foreach (var p in s.Partners)
        {
            var at = $"Partners[{p.Id}]";
            m.Value(p.InstitutionId, $"{at}.InstitutionId", "Organisation of a partner");
            m.Value(p.OrganisationType, $"{at}.OrganisationType", "Type of organisation of a partner");
            m.Value(p.PartnerRole, $"{at}.PartnerRole", "Role of a partner in the consortium");
            m.List(p.Contributions, $"{at}.Contributions", "What a partner contributes");
            m.Text(p.ContactName, $"{at}.ContactName", "Contact person of a partner");
            if (p.IsHigherEducation)
            {
                m.Value(p.GradingScale, $"{at}.GradingScale", "Local grading scale of a university partner");
            }
        }
    }

    private static void CourseTeam(DesignContent c, MissingList m)
    {
        var s = c.CourseTeam;
        m.List(s.Members, "Members", "The members of the course team");
        foreach (var t in s.Members)
        {
            var at = $"Members[{t.Id}]";
            m.Text(t.FullName, $"{at}.FullName", "Name of a team member");
            m.Value(t.PartnerId, $"{at}.PartnerId", $"Partner that {Name(t.FullName)} represents");
            m.Value(t.TeamRole, $"{at}.TeamRole", $"Team role of {Name(t.FullName)}");
            if (t.TeamRole is TeamRole.CourseTeamLeader or TeamRole.CourseTeamMember)
            {
                m.Text(t.Expertise, $"{at}.Expertise", $"Expertise of {Name(t.FullName)}");
            }

            m.List(t.Tasks, $"{at}.Tasks", $"Tasks of {Name(t.FullName)}");
        }

        m.Text(s.DecisionMaking, "DecisionMaking", "How the team takes decisions");
        m.Text(s.LeaderSupport, "LeaderSupport", "Support secured from the leader's faculty or university");
        m.Value(s.DesignStart, "DesignStart", "Start of the design phase");
        m.Value(s.DesignEnd, "DesignEnd", "End of the design phase");
        m.Value(s.DevelopmentEnd, "DevelopmentEnd", "End of the development phase");
        m.Value(s.FirstDelivery, "FirstDelivery", "Date of the first delivery");
        m.Value(s.ImplementationHorizonYears, "ImplementationHorizonYears", "Years the partners intend to run the course");
    }

    private static void SupportServices(DesignContent c, MissingList m)
    {
        var s = c.SupportServices;
        foreach (var e in s.Engagements)
        {
            var at = $"Engagements[{e.Id}]";
            m.Value(e.PartnerId, $"{at}.PartnerId", "Partner of a support engagement");
            m.Value(e.Service, $"{at}.Service", "Service of a support engagement");
            m.Value(e.Status, $"{at}.Status", "Status of a support engagement");
        }

        m.Text(s.DeliveryPlatform, "DeliveryPlatform", "The delivery platform");
        m.Value(s.PlatformProvider, "PlatformProvider", "Who provides the platform");
        if (s.PlatformProvider == PlatformProviderKind.Partner)
        {
            m.Value(s.PlatformProviderPartnerId, "PlatformProviderPartnerId", "The partner that provides the platform");
        }

        if (NeedsProgrammeBoard(c))
        {
            m.List(s.ProgrammeBoards, "ProgrammeBoards", "Programme boards that must approve the course");
        }

        foreach (var b in s.ProgrammeBoards)
        {
            m.Text(b.BoardName, $"ProgrammeBoards[{b.Id}].BoardName", "Name of a programme board");
            m.Value(b.PartnerId, $"ProgrammeBoards[{b.Id}].PartnerId", $"Partner of programme board '{b.BoardName}'");
        }
    }

    /// <summary>A programme board must approve when the course enters a curriculum or learners get a pre-agreed exemption.</summary>
    public static bool NeedsProgrammeBoard(DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.SupportServices.PartOfBroaderCurriculum
            || (content.JointVision.Stackability == Stackability.Stackable
                && (content.JointVision.RecognitionRoute.Contains(RecognitionRoute.PreAgreedExemption)
                    || content.JointVision.StackingTargets.Any(t => t.ExemptionAgreed)));
    }

    private static void LearningOutcomes(DesignContent c, MissingList m)
    {
        var s = c.LearningOutcomes;
        m.Text(s.CourseObjective, "CourseObjective", "The overarching course objective");
        m.Value(s.EqfLevel, "EqfLevel", "EQF level of the course");
        m.Text(s.LevelRationale, "LevelRationale", "Why the course is at this level");
        m.List(s.OutcomeScheme, "OutcomeScheme", "Scheme used to word the outcomes");
        m.Text(s.Orientation, "Orientation", "Academic and professional orientation");
        m.List(s.Outcomes, "Outcomes", "At least one learning outcome");
        var bloom = s.OutcomeScheme.Contains(OutcomeScheme.BloomRevised);
        foreach (var o in s.Outcomes)
        {
            var at = $"Outcomes[{o.Id}]";
            m.Text(o.Code, $"{at}.Code", "Code of a learning outcome");
            m.Text(o.Statement, $"{at}.Statement", $"Statement of outcome {o.Code}");
            m.Value(o.Dimension, $"{at}.Dimension", $"Dimension (knowledge, skills, autonomy) of outcome {o.Code}");
            if (bloom)
            {
                m.Value(o.BloomLevel, $"{at}.BloomLevel", $"Bloom level of outcome {o.Code}");
            }

            m.Value(o.EqfLevel, $"{at}.EqfLevel", $"EQF level of outcome {o.Code}");
        }
    }

    private static void CoursePlan(DesignContent c, MissingList m)
    {
        var s = c.CoursePlan;
        m.Text(s.Title, "Title", "Title of the micro-credential");
        m.Value(s.Ects, "Ects", "ECTS credits of the course");
        m.Value(s.DurationWeeks, "DurationWeeks", "Duration in weeks");
        m.Value(s.Schedule, "Schedule", "Fixed dates or flexible start and end");
        if (s.Schedule == CourseSchedule.FixedDates)
        {
            m.Value(s.StartDate, "StartDate", "Start date");
            m.Value(s.EndDate, "EndDate", "End date");
        }

        m.List(s.Units, "Units", "At least one course unit");
        foreach (var u in s.Units)
        {
            var at = $"Units[{u.Id}]";
            var name = u.Title.Length > 0 ? $"unit '{u.Title}'" : "a unit";
            m.Text(u.Title, $"{at}.Title", "Title of a course unit");
            m.Text(u.Summary, $"{at}.Summary", $"Summary of {name}");
            m.List(u.Topics, $"{at}.Topics", $"Topics of {name}");
            m.List(u.OutcomeIds, $"{at}.OutcomeIds", $"Outcomes served by {name}");
            m.Value(u.StudyHours, $"{at}.StudyHours", $"Study hours of {name}");
            m.Value(u.ResponsibleMemberId, $"{at}.ResponsibleMemberId", $"Team member responsible for {name}");
            m.Value(u.DeliveryMode, $"{at}.DeliveryMode", $"Delivery mode of {name}");
            m.Value(u.DevelopmentStatus, $"{at}.DevelopmentStatus", $"Development status of {name}");
        }
    }

    private static void LearningActivities(DesignContent c, MissingList m)
    {
        var s = c.LearningActivities;
        m.Value(s.LearningDesignModel, "LearningDesignModel", "Learning design model used");
        m.List(s.SrlSupport, "SrlSupport", "How self-regulated learning is supported");
        m.True(s.ContentRelevantToOutcomes, "ContentRelevantToOutcomes", "Confirm the content matches the outcomes");
        m.True(s.FostersDeepUnderstanding, "FostersDeepUnderstanding", "Confirm the activities build deep understanding");
        m.True(s.ClearStructure, "ClearStructure", "Confirm the course has a clear structure");
        m.True(s.StimulatesThinking, "StimulatesThinking", "Confirm the activities stimulate thinking");
        m.True(s.ActivatesLearners, "ActivatesLearners", "Confirm the activities activate learners");
        m.List(s.Activities, "Activities", "At least one learning activity");
        foreach (var a in s.Activities)
        {
            var at = $"Activities[{a.Id}]";
            var name = a.Title.Length > 0 ? $"activity '{a.Title}'" : "an activity";
            m.Value(a.UnitId, $"{at}.UnitId", $"Unit of {name}");
            m.Text(a.Title, $"{at}.Title", "Title of a learning activity");
            m.Value(a.LearningType, $"{at}.LearningType", $"Learning type of {name}");
            m.Value(a.Format, $"{at}.Format", $"Format of {name}");
            m.Value(a.Timing, $"{at}.Timing", $"Synchronous or asynchronous for {name}");
            m.Value(a.Setting, $"{at}.Setting", $"Online or on site for {name}");
            m.Value(a.Hours, $"{at}.Hours", $"Hours of {name}");
            m.List(a.OutcomeIds, $"{at}.OutcomeIds", $"Outcomes served by {name}");
            m.List(a.Interactions, $"{at}.Interactions", $"Interactions in {name}");
            if (a.Interactions.Any(i => i != Interaction.LearnerMaterial))
            {
                m.Text(a.Facilitation, $"{at}.Facilitation", $"How the interaction in {name} is facilitated");
            }
        }
    }

    private static void InternationalMobility(DesignContent c, MissingList m)
    {
        foreach (var a in c.InternationalMobility.Activities)
        {
            var at = $"Activities[{a.Id}]";
            var name = a.Title.Length > 0 ? $"'{a.Title}'" : "an international activity";
            m.Text(a.Title, $"{at}.Title", "Title of an international activity");
            m.Value(a.Type, $"{at}.Type", $"Type of {name}");
            m.Value(a.Mobility, $"{at}.Mobility", $"Physical, virtual or blended for {name}");
            if (a.Mobility == MobilityKind.Physical)
            {
                m.Value(a.HostPartnerId, $"{at}.HostPartnerId", $"Host partner of {name}");
            }

            m.Value(a.UnitId, $"{at}.UnitId", $"Unit that contains {name}");
            m.Value(a.Status, $"{at}.Status", $"Whether {name} is compulsory");
            m.List(a.JointlyDesignedByMemberIds, $"{at}.JointlyDesignedByMemberIds", $"Team members who design {name}");
        }
    }

    private static void Delivery(DesignContent c, MissingList m)
    {
        var s = c.Delivery;
        m.List(s.DeliveryModes, "DeliveryModes", "Delivery modes");
        m.Value(s.DominantMode, "DominantMode", "The dominant delivery mode");
        m.Text(s.ModeRationale, "ModeRationale", "Why these delivery modes");
        m.Value(s.Pace, "Pace", "Pace of the course");
        m.List(s.StudyRegime, "StudyRegime", "Part-time or full-time study");
        if (s.FlexibilityOptions.Count >= 3)
        {
            m.Text(s.FocusSafeguard, "FocusSafeguard", "How the course stays focused despite the flexibility");
        }

        if (c.Recruitment.RecruitsInternationally)
        {
            m.List(s.TimeZones, "TimeZones", "Time zones of the target learners");
        }

        foreach (var t in s.Tools)
        {
            m.Text(t.Name, $"Tools[{t.Id}].Name", "Name of a tool");
            m.List(t.Functions, $"Tools[{t.Id}].Functions", $"Functions of tool '{t.Name}'");
        }
    }

    private static void Inclusiveness(DesignContent c, MissingList m)
    {
        var s = c.Inclusiveness;
        m.List(s.Dimensions, "Dimensions", "Inclusion dimensions addressed");
        m.Text(s.Measures, "Measures", "Measures per dimension or group");
        m.Text(s.AssessmentAccommodations, "AssessmentAccommodations", "How assessment is adapted for learners who need it");
    }

    private static void Microlearning(DesignContent c, MissingList m)
    {
        foreach (var u in c.Microlearning.Units)
        {
            var at = $"Units[{u.Id}]";
            var name = u.Title.Length > 0 ? $"'{u.Title}'" : "a microlearning unit";
            m.Text(u.Title, $"{at}.Title", "Title of a microlearning unit");
            m.Text(u.SingleObjective, $"{at}.SingleObjective", $"The single objective of {name}");
            m.Value(u.Origin, $"{at}.Origin", $"Origin of {name}");
            if (u.Origin == MicrolearningOrigin.DerivedFromCourseUnit)
            {
                m.Value(u.SourceUnitId, $"{at}.SourceUnitId", $"Course unit {name} is derived from");
                m.Text(u.WorkplaceAdaptation, $"{at}.WorkplaceAdaptation", $"How {name} is adapted for the workplace");
            }

            if (u.Origin == MicrolearningOrigin.CoCreatedWithStakeholder)
            {
                m.List(u.CoCreatorPartnerIds, $"{at}.CoCreatorPartnerIds", $"Co-creators of {name}");
            }

            m.Value(u.DurationMinutes, $"{at}.DurationMinutes", $"Duration in minutes of {name}");
            m.List(u.UseContexts, $"{at}.UseContexts", $"Where {name} is used");
            m.List(u.Formats, $"{at}.Formats", $"Formats of {name}");
            if (u.StackableIntoCourse)
            {
                m.Value(u.OutcomeId, $"{at}.OutcomeId", $"Course outcome {name} contributes to");
            }

            m.Value(u.BadgeType, $"{at}.BadgeType", $"Badge awarded for {name}");
        }
    }

    private static void Assessment(DesignContent c, MissingList m)
    {
        var s = c.Assessment;
        m.Text(s.OnlineAssessmentFramework, "OnlineAssessmentFramework", "The joint online assessment framework");
        m.Text(s.ExamRegulations, "ExamRegulations", "The joint examination regulations");
        m.Value(s.GradingScale, "GradingScale", "The common grading scale");
        if (s.GradingScale == GradingScale.Other)
        {
            m.Text(s.GradingScaleDefinition, "GradingScaleDefinition", "Definition of the grading scale");
        }

        if (s.GradingScale is not null and not GradingScale.PassFail)
        {
            m.Value(s.PassMark, "PassMark", "Pass mark on the common scale");
        }

        if (s.GradingScale is { } common)
        {
            foreach (var p in c.HigherEducationPartners().Where(p => p.GradingScale is { } local && local != common))
            {
                if (!s.TranscriptionTables.Any(t => t.PartnerId == p.Id && t.Bands.Count > 0))
                {
                    m.Add($"TranscriptionTables[{p.Id}]", "Grade transcription for a partner with another grading scale");
                }
            }
        }

        m.Value(s.AssessmentTiming, "AssessmentTiming", "When learners are assessed");
        m.Text(s.AssessmentBoard, "AssessmentBoard", "The assessment board");
        m.Text(s.RplProcedure, "RplProcedure", "Recognition of prior learning procedure");
        m.Value(s.RplPartnerId, "RplPartnerId", "Partner that runs recognition of prior learning");
        m.List(s.CommunicationToLearners, "CommunicationToLearners", "What learners are told in advance");
        m.List(s.Components, "Components", "At least one assessment component");
        foreach (var a in s.Components)
        {
            var at = $"Components[{a.Id}]";
            var name = a.Title.Length > 0 ? $"'{a.Title}'" : "a component";
            m.Text(a.Title, $"{at}.Title", "Title of an assessment component");
            m.Value(a.Purpose, $"{at}.Purpose", $"Formative or summative for {name}");
            m.Value(a.Method, $"{at}.Method", $"Method of {name}");
            m.Value(a.Marking, $"{at}.Marking", $"Marking of {name}");
            m.Value(a.Setting, $"{at}.Setting", $"Online or on site for {name}");
            m.List(a.OutcomeIds, $"{at}.OutcomeIds", $"Outcomes assessed by {name}");
            if (a.Purpose == AssessmentPurpose.Summative)
            {
                m.Value(a.WeightPercent, $"{at}.WeightPercent", $"Weight of {name}");
                m.Text(a.Criteria, $"{at}.Criteria", $"Assessment criteria of {name}");
                m.Value(a.Supervision, $"{at}.Supervision", $"Supervision of {name}");
                m.Value(a.IdVerification, $"{at}.IdVerification", $"Identity verification of {name}");
                if (a.Setting == ActivitySetting.Online
                    && (a.IdVerification == IdVerification.None || a.Supervision == Supervision.UnsupervisedNoIdVerification))
                {
                    m.Text(a.SupervisionJustification, $"{at}.SupervisionJustification", $"Why {name} has no supervision or identity check");
                }
            }

            if (a.Purpose == AssessmentPurpose.Formative)
            {
                m.List(a.Feedback, $"{at}.Feedback", $"Feedback given in {name}");
            }
        }
    }

    private static void Award(DesignContent c, MissingList m)
    {
        var s = c.Award;
        m.Value(s.AwardType, "AwardType", "Type of award");
        m.Text(s.AwardJustification, "AwardJustification", "Why this award");
        m.List(s.AwardingBodyPartnerIds, "AwardingBodyPartnerIds", "Awarding bodies");
        m.Value(s.IssuingInstitutionPartnerId, "IssuingInstitutionPartnerId", "Institution that issues the certificates");
        foreach (var p in c.HigherEducationPartners().Where(p => s.PartnerAlignment.All(a => a.PartnerId != p.Id)))
        {
            m.Add($"PartnerAlignment[{p.Id}]", "How the award fits a university partner's qualification structure");
        }

        m.Value(s.CertificateFormat, "CertificateFormat", "Certificate format");
        if (s.CertificateFormat == CertificateFormat.DigitalSealedEdc)
        {
            m.Value(s.EdcCategory, "EdcCategory", "European Digital Credential category");
        }

        m.List(s.CertificateLanguages, "CertificateLanguages", "Languages of the certificate");
    }

    private static void LanguagePolicy(DesignContent c, MissingList m)
    {
        var s = c.LanguagePolicy;
        m.List(s.InstructionLanguages, "InstructionLanguages", "Languages of instruction");
        m.List(s.MaterialLanguages, "MaterialLanguages", "Languages of the materials");
        m.List(s.AssessmentLanguages, "AssessmentLanguages", "Languages of assessment");
        m.List(s.SupportLanguages, "SupportLanguages", "Languages of learner support");
        m.List(s.CertificateLanguages, "CertificateLanguages", "Languages of the certificate");
        if (!IsBlank(s.ProficiencyRequirement))
        {
            m.List(s.AcceptedProofs, "AcceptedProofs", "Accepted proofs of language proficiency");
        }

        m.Text(s.LanguageRationale, "LanguageRationale", "Why these languages");
    }

    private static void Admission(DesignContent c, MissingList m)
    {
        var s = c.Admission;
        m.Value(s.AdmissionType, "AdmissionType", "Open or selective admission");
        if (s.AdmissionType == AdmissionType.Selective)
        {
            m.List(s.Criteria, "Criteria", "Admission criteria");
            m.Text(s.NonTraditionalAlternative, "NonTraditionalAlternative", "Alternative route for non-traditional learners");
        }

        foreach (var k in s.Criteria)
        {
            m.Value(k.Kind, $"Criteria[{k.Id}].Kind", "Kind of an admission criterion");
            m.Text(k.Description, $"Criteria[{k.Id}].Description", "Description of an admission criterion");
        }

        if (s.Criteria.Any(k => k.Kind == AdmissionCriterionKind.DegreeAtEqfLevel))
        {
            m.Value(s.RequiredDegreeEqfLevel, "RequiredDegreeEqfLevel", "EQF level of the required degree");
        }

        m.Text(s.Prerequisites, "Prerequisites", "Prerequisites (write 'none' if there are none)");
        if (s.SingleApplicationProcedure)
        {
            m.List(s.EligibilityReviewerPartnerIds, "EligibilityReviewerPartnerIds", "Partner that reviews all applications");
        }

        if (c.CoursePlan.Schedule == CourseSchedule.FixedDates)
        {
            m.Value(s.ApplicationDeadline, "ApplicationDeadline", "Application deadline");
        }

        m.List(s.EnrolmentInstitutionPartnerIds, "EnrolmentInstitutionPartnerIds", "Institutions where learners enrol");
        m.List(s.SupportServices, "SupportServices", "Support services for learners");
        m.Text(s.ResourcesInfo, "ResourcesInfo", "Facilities and resources available to learners");
        m.Text(s.TermsAndConditions, "TermsAndConditions", "Terms and conditions (suspension, refunds)");
    }

    private static void Recruitment(DesignContent c, MissingList m)
    {
        var s = c.Recruitment;
        m.List(s.RecruitingArea, "RecruitingArea", "Recruiting area");
        if (s.RecruitsInternationally)
        {
            m.Text(s.TransnationalContext, "TransnationalContext", "Context of learners outside the partner countries");
        }

        m.Text(s.WebsiteUrl, "WebsiteUrl", "Web page of the course");
        m.List(s.Segments, "Segments", "At least one recruitment segment");
        foreach (var g in s.Segments)
        {
            m.Value(g.Segment, $"Segments[{g.Id}].Segment", "Learner segment of a campaign");
        }
    }

    private static void QualityAssurance(DesignContent c, MissingList m)
    {
        var s = c.QualityAssurance;
        foreach (var p in c.HigherEducationPartners().Where(p => s.PartnerQaFrameworks.All(f => f.PartnerId != p.Id)))
        {
            m.Add($"PartnerQaFrameworks[{p.Id}]", "Internal quality assurance of a university partner");
        }

        foreach (var f in s.PartnerQaFrameworks)
        {
            m.Text(f.InternalQaDescription, $"PartnerQaFrameworks[{f.Id}].InternalQaDescription", "Description of a partner's internal quality assurance");
        }

        m.Text(s.QaPlan, "QaPlan", "The quality assurance plan");
        m.List(s.Standards, "Standards", "Quality standards referenced");
        m.List(s.Indicators, "Indicators", "Quality indicators monitored");
        m.List(s.InternalPeerReview, "InternalPeerReview", "When units are peer reviewed inside the team");
        m.Value(s.ExternalPeerReview, "ExternalPeerReview", "External peer review");
        m.Value(s.ExternalQa, "ExternalQa", "External quality assurance");
        m.Text(s.QaTypeStatement, "QaTypeStatement", "Quality assurance statement printed on the certificate");
        m.Value(s.ReviewCycle, "ReviewCycle", "Review cycle");
    }

    private static void BusinessPlan(DesignContent c, MissingList m)
    {
        var s = c.BusinessPlan;
        m.List(s.CostItems, "CostItems", "At least one cost item");
        foreach (var k in s.CostItems)
        {
            var at = $"CostItems[{k.Id}]";
            m.Value(k.Category, $"{at}.Category", "Category of a cost item");
            m.Value(k.Basis, $"{at}.Basis", "Basis of a cost item (one-off, per run, per learner)");
            m.Value(k.Amount, $"{at}.Amount", "Amount of a cost item");
            m.Text(k.Currency, $"{at}.Currency", "Currency of a cost item");
        }

        if (!s.FullyFunded)
        {
            m.List(s.FeeTiers, "FeeTiers", "At least one fee (or mark the course as fully funded)");
        }

        foreach (var f in s.FeeTiers)
        {
            var at = $"FeeTiers[{f.Id}]";
            m.Value(f.Segment, $"{at}.Segment", "Segment of a fee");
            m.Value(f.Option, $"{at}.Option", "Option of a fee (attendance only or with credits)");
            m.Value(f.Amount, $"{at}.Amount", "Amount of a fee");
            m.Text(f.Currency, $"{at}.Currency", "Currency of a fee");
        }

        foreach (var f in s.FundingSources)
        {
            m.Value(f.Type, $"FundingSources[{f.Id}].Type", "Type of a funding source");
            m.Value(f.Amount, $"FundingSources[{f.Id}].Amount", "Amount of a funding source");
        }

        m.Text(s.AffordabilityStatement, "AffordabilityStatement", "Why the fees are affordable for the target groups");
        m.Value(s.AllocationModel, "AllocationModel", "How costs and income are allocated");
        if (s.AllocationModel == AllocationModel.LeadCollectsAndRedistributes)
        {
            m.List(s.PartnerShares, "PartnerShares", "Share of each partner");
        }

        m.Value(s.ExpectedLearnersPerRun, "ExpectedLearnersPerRun", "Expected learners per run");
    }

    private static void Sustainability(DesignContent c, MissingList m)
    {
        var s = c.Sustainability;
        m.Value(s.HorizonYears, "HorizonYears", "Planning horizon in years");
        if (!s.Milestones.Any(x => x.NumericTarget is not null))
        {
            m.Add("Milestones", "At least one milestone with a numeric target");
        }

        foreach (var p in c.HigherEducationPartners().Where(p => s.PartnerCommitments.All(k => k.PartnerId != p.Id)))
        {
            m.Add($"PartnerCommitments[{p.Id}]", "Commitment of a university partner");
        }

        m.Value(s.AnnualEvaluationMonth, "AnnualEvaluationMonth", "Month of the annual evaluation");
        m.List(s.EvaluationDimensions, "EvaluationDimensions", "What the annual evaluation looks at");
        m.Value(s.FinancialPlanYears, "FinancialPlanYears", "Years covered by the financial plan");
    }

    private static void ConsortiumAgreement(DesignContent c, MissingList m)
    {
        var s = c.ConsortiumAgreement;
        m.List(s.Signatories, "Signatories", "Signatories of the agreement");
        m.Value(s.EffectiveFrom, "EffectiveFrom", "Date the agreement takes effect");
        m.Value(s.EffectiveTo, "EffectiveTo", "Date the agreement ends");
    }

    internal static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string Name(string fullName) => fullName.Length > 0 ? fullName : "a team member";

    private sealed class MissingList
    {
        public List<MissingField> Items { get; } = [];

        public void Add(string path, string label) => Items.Add(new MissingField(path, label));

        public void Text(string? value, string path, string label)
        {
            if (IsBlank(value))
            {
                Add(path, label);
            }
        }

        public void Value<T>(T? value, string path, string label)
            where T : struct
        {
            if (value is null)
            {
                Add(path, label);
            }
        }

        public void List<T>(IReadOnlyCollection<T> values, string path, string label)
        {
            if (values.Count == 0)
            {
                Add(path, label);
            }
        }

        public void True(bool value, string path, string label)
        {
            if (!value)
            {
                Add(path, label);
            }
        }
    }
}
