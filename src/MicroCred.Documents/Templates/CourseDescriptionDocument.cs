using System.Globalization;
using MicroCred.Documents.Layout;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Documents.Templates.TemplateText;

namespace MicroCred.Documents.Templates;

/// <summary>What the course description PDF is built from: one version of a design and the institutions it names.</summary>
/// <param name="Content">The design content of the version being exported.</param>
/// <param name="Institutions">Facts of every institution the partners refer to.</param>
/// <param name="VersionNumber">The design version printed in the identification section and the footer.</param>
/// <param name="Approved">False for any version that has not passed approval; such a PDF carries a DRAFT watermark.</param>
/// <param name="ApprovedOn">Date of approval, printed when <paramref name="Approved"/> is true.</param>
/// <param name="GeneratedAt">When the PDF is generated (metadata creation date and footer).</param>
public sealed record CourseDescriptionInput(
    DesignContent Content,
    IReadOnlyDictionary<Guid, InstitutionFacts> Institutions,
    int VersionNumber,
    bool Approved,
    DateOnly? ApprovedOn,
    DateTimeOffset GeneratedAt);

/// <summary>
/// The public course description (ECTS course catalogue style) in 15 numbered sections. Export is refused
/// while <see cref="MissingItems"/> reports anything; a preview of an incomplete draft prints the gaps.
/// </summary>
public static class CourseDescriptionDocument
{
    public const string DraftWatermark = "DRAFT";

    /// <summary>The 15 section headings, in print order.</summary>
    public static IReadOnlyList<string> SectionTitles { get; } =
    [
        "1. Identification",
        "2. Level and volume",
        "3. Target group, objectives and relevance",
        "4. Learning outcomes",
        "5. Prerequisites and admission",
        "6. Course structure",
        "7. Delivery and participation",
        "8. International activities and mobility",
        "9. Assessment",
        "10. Award and recognition",
        "11. Quality assurance",
        "12. Fees, funding and terms",
        "13. Requirements for success",
        "14. Learner support, accessibility and inclusion",
        "15. Course team and contact",
    ];

    /// <summary>The R-DOC-01 findings (required fields the description prints that are still empty); export is blocked while any exist.</summary>
    public static IReadOnlyList<Finding> MissingItems(DesignCheckContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return [.. DesignChecks.Run(ctx).Where(f => f.RuleId == "R-DOC-01")];
    }

    public static DocumentModel Build(CourseDescriptionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Content);
        ArgumentNullException.ThrowIfNull(input.Institutions);
        var ctx = new DesignCheckContext(input.Content, input.Institutions, DateOnly.FromDateTime(input.GeneratedAt.UtcDateTime));
        var c = input.Content;
        var title = Or(c.CoursePlan.Title);
        var lead = InstitutionName(ctx, c.Lead());

        var blocks = new List<Block>
        {
            new Paragraph("Course description") { Muted = true, Size = TextSize.Large },
            new Heading(title) { Typeface = Typeface.Serif },
            new Paragraph(Subtitle(input, c)) { Muted = true },
        };
        Section(blocks, 0, Identification(ctx, input));
        Section(blocks, 1, LevelAndVolume(c));
        Section(blocks, 2, TargetGroup(c));
        Section(blocks, 3, Outcomes(c));
        Section(blocks, 4, Admission(ctx));
        Section(blocks, 5, Structure(ctx));
        Section(blocks, 6, Delivery(c));
        Section(blocks, 7, Mobility(ctx));
        Section(blocks, 8, Assessment(ctx));
        Section(blocks, 9, Award(ctx));
        Section(blocks, 10, Quality(c));
        Section(blocks, 11, Fees(c));
        Section(blocks, 12, Success(c));
        Section(blocks, 13, Support(c));
        Section(blocks, 14, Team(ctx));

        var keywords = new List<string> { "micro-credential", "course description" };
        if (c.CoursePlan.Ects is { } ects)
        {
            keywords.Add($"{Describe.Ects(ects)} ECTS");
        }

        if (EqfLevels.IsValid(c.LearningOutcomes.EqfLevel))
        {
            keywords.Add($"EQF {(int)c.LearningOutcomes.EqfLevel!.Value}");
        }

        keywords.AddRange(c.JointVision.TargetSectors);
        return new DocumentModel(
            new DocumentMetadata($"Course description: {title}", input.GeneratedAt)
            {
                Author = lead,
                Subject = $"Course description of the joint micro-credential '{title}', version {input.VersionNumber}",
                Keywords = string.Join("; ", keywords),
            },
            blocks)
        {
            HeaderText = $"{title} · Course description",
            FooterText = $"Version {input.VersionNumber} · {(input.Approved ? "approved" : "not approved")} · generated {Date(DateOnly.FromDateTime(input.GeneratedAt.UtcDateTime))}",
            Watermark = input.Approved ? null : DraftWatermark,
        };
    }

    private static string Subtitle(CourseDescriptionInput input, DesignContent c)
    {
        var consortium = string.IsNullOrWhiteSpace(c.Partnership.PartnershipIdentity) ? "A joint micro-credential course" : $"A joint micro-credential course of {c.Partnership.PartnershipIdentity.Trim()}";
        var state = input.Approved
            ? $"version {input.VersionNumber}, approved {Date(input.ApprovedOn)}"
            : $"version {input.VersionNumber}, draft awaiting approval";
        return $"{consortium} · {state}";
    }

    private static void Section(List<Block> blocks, int index, IEnumerable<Block> content)
    {
        blocks.Add(new Heading(SectionTitles[index], 2));
        blocks.AddRange(content);
    }

    private static KeyValueTable Facts(params (string Label, string Value)[] rows) =>
        new([.. rows.Select(r => new KeyValueRow(r.Label, r.Value))]) { LabelWidthFraction = 0.3 };

    private static IEnumerable<Block> Identification(DesignCheckContext ctx, CourseDescriptionInput input)
    {
        var c = ctx.Content;
        var partners = c.Partnership.Partners;
        var codes = c.InstitutionalAlignment.InstitutionalQualificationStructure
            .Where(q => !string.IsNullOrWhiteSpace(q.AwardNamesUsed))
            .Select(q => $"{InstitutionName(ctx, q.PartnerId)}: {q.AwardNamesUsed!.Trim()}");
        var localNames = c.Award.PartnerAlignment
            .Where(a => !string.IsNullOrWhiteSpace(a.LocalAwardName))
            .Select(a => $"{InstitutionName(ctx, a.PartnerId)}: {a.LocalAwardName!.Trim()}")
            .ToList();
        yield return Facts(
            ("Title", Or(c.CoursePlan.Title)),
            ("Consortium", Or(c.Partnership.PartnershipIdentity, Join(partners.Where(p => p.PartnerRole is PartnerRole.LeadInstitution or PartnerRole.FullPartner), p => InstitutionName(ctx, p)))),
            ("Awarding bodies", Join(c.Award.AwardingBodyPartnerIds, id => InstitutionName(ctx, id))),
            ("Issuing institution", InstitutionName(ctx, c.Award.IssuingInstitutionPartnerId)),
            ("Local award name at each partner", localNames.Count > 0 ? string.Join("; ", localNames) : codes.Any() ? Join(codes, s => s) : "The course title, at every partner"),
            ("Version", input.Approved
                ? $"Version {input.VersionNumber}, approved on {Date(input.ApprovedOn)}"
                : $"Version {input.VersionNumber}, not approved (draft)"));
        yield return new Table(
            [new TableColumn("Partner institution", 3), new TableColumn("Country", 1.6), new TableColumn("Role", 1.6), new TableColumn("Contribution", 3)],
            [.. partners.Select(p => (IReadOnlyList<string>)
            [
                InstitutionName(ctx, p) + (p.PartnerRole == PartnerRole.LeadInstitution ? " (lead)" : ""),
                ctx.FactsOf(p.InstitutionId) is { } f ? Domain.Institutions.Countries.NameOf(f.CountryCode) : NotSpecified,
                Role(p.PartnerRole),
                WordList(p.Contributions),
            ])]);
    }

    private static IEnumerable<Block> LevelAndVolume(DesignContent c)
    {
        var plan = c.CoursePlan;
        var level = c.LearningOutcomes.EqfLevel;
        var valid = EqfLevels.IsValid(level);
        var hours = plan.NotionalHours();
        var dates = plan.Schedule switch
        {
            CourseSchedule.FixedDates => $"Fixed dates: {Date(plan.StartDate)} to {Date(plan.EndDate)}",
            CourseSchedule.FlexibleStartAndEnd => "Flexible start and end",
            _ => NotSpecified,
        };
        yield return Facts(
            ("ECTS credits", plan.Ects is { } e ? Describe.Ects(e) : NotSpecified),
            ("Notional study hours", hours > 0 ? $"{Number(hours)} hours" : NotSpecified),
            ("EQF level", valid ? $"EQF level {(int)level!.Value}" : NotSpecified),
            ("Cycle", valid ? EqfLevels.CycleLabel(EqfLevels.CycleOf(level!.Value)) : NotSpecified),
            ("Band", valid ? Sentence(Describe.Words(EqfLevels.BandOf(level!.Value))) : NotSpecified),
            ("Duration", plan.DurationWeeks is { } w ? $"{w} weeks" : NotSpecified),
            ("Dates", dates),
            ("Pace", Words(c.Delivery.Pace)),
            ("Study regime", WordList(c.Delivery.StudyRegime)));
    }

    private static IEnumerable<Block> TargetGroup(DesignContent c)
    {
        var v = c.JointVision;
        yield return Facts(
            ("Target groups", WordList(v.TargetGroups)),
            ("Prior knowledge expected", Or(v.PriorKnowledgeNeeded)),
            ("Course objective", Or(c.LearningOutcomes.CourseObjective)),
            ("General objectives", Or(v.GeneralObjectives)),
            ("Academic objectives", Or(v.AcademicObjectives)),
            ("Professional relevance", Or(v.ProfessionalProfile)),
            ("Sectors", v.TargetSectors.Count > 0 ? string.Join(", ", v.TargetSectors) : "Not limited to particular sectors"),
            ("What makes it distinct", Or(v.UniqueSellingPoint)));
    }

    private static IEnumerable<Block> Outcomes(DesignContent c)
    {
        var outcomes = c.LearningOutcomes.Outcomes.Where(o => !string.IsNullOrWhiteSpace(o.Statement)).OrderBy(o => o.Order).ToList();
        if (outcomes.Count == 0)
        {
            yield return new Paragraph(NotSpecified) { Muted = true };
            yield break;
        }

        yield return new Paragraph("On successful completion the learner is able to:");
        (OutcomeDimension? Dimension, string Title)[] groups =
        [
            (OutcomeDimension.Knowledge, "Knowledge"),
            (OutcomeDimension.Skills, "Skills"),
            (OutcomeDimension.ResponsibilityAndAutonomy, "Responsibility and autonomy"),
            (null, "Other outcomes"),
        ];
        foreach (var (dimension, groupTitle) in groups)
        {
            var items = outcomes.Where(o => o.Dimension == dimension).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            yield return new Heading(groupTitle, 3);
            yield return new BulletList([.. items.Select(o => OutcomeLine(o, outcomes.IndexOf(o) + 1))]);
        }
    }

    private static string OutcomeLine(LearningOutcome o, int number)
    {
        var code = string.IsNullOrWhiteSpace(o.Code) ? $"LO{number}" : o.Code.Trim();
        return $"{code}: {o.Statement.Trim()}";
    }

    private static IEnumerable<Block> Admission(DesignCheckContext ctx)
    {
        var c = ctx.Content;
        var a = c.Admission;
        var l = c.LanguagePolicy;
        var procedure = a.AdmissionType switch
        {
            AdmissionType.Open => "Open admission",
            AdmissionType.Selective => "Selective admission",
            _ => NotSpecified,
        };
        if (a.SingleApplicationProcedure)
        {
            procedure += "; one joint application for all partners";
        }

        if (a.EnrolmentInstitutionPartnerIds.Count > 0)
        {
            procedure += "; learners enrol at " + Join(a.EnrolmentInstitutionPartnerIds, id => InstitutionName(ctx, id), " or ");
        }

        var language = Or(l.ProficiencyRequirement, "None beyond following the language of instruction");
        if (l.AcceptedProofs.Count > 0)
        {
            language += " Accepted proof: " + string.Join(", ", l.AcceptedProofs) + ".";
        }

        yield return Facts(
            ("Prerequisites", Or(a.Prerequisites)),
            ("Admission criteria", Join(a.Criteria, k => string.IsNullOrWhiteSpace(k.VerificationMethod)
                ? Or(k.Description)
                : $"{Or(k.Description)} (checked by: {k.VerificationMethod!.Trim()})")),
            ("Alternative route", Or(a.NonTraditionalAlternative)),
            ("Language requirements", language),
            ("Application procedure", procedure),
            ("Application deadline", a.ApplicationDeadline is { } d ? Date(d) : c.CoursePlan.Schedule == CourseSchedule.FlexibleStartAndEnd ? "Rolling admission" : NotSpecified),
            ("Maximum participants", a.MaxParticipants is { } m ? m.ToString(CultureInfo.InvariantCulture) : "No limit set"));
    }

    private static IEnumerable<Block> Structure(DesignCheckContext ctx)
    {
        var c = ctx.Content;
        var units = c.CoursePlan.Units.OrderBy(u => u.Order).ToList();
        yield return new Table(
            [
                new TableColumn("#", 0.4, TextAlignment.Right), new TableColumn("Course unit", 2.4), new TableColumn("Hours", 0.8, TextAlignment.Right),
                new TableColumn("Topics", 3), new TableColumn("Responsible", 2.2), new TableColumn("Delivery", 1.5),
            ],
            [.. units.Select(u => (IReadOnlyList<string>)
            [
                u.Order.ToString(CultureInfo.InvariantCulture),
                u.Title,
                u.StudyHours is { } h ? Number(h) : "",
                string.Join("; ", u.Topics),
                TeamMemberWithInstitution(ctx, c.MemberById(u.ResponsibleMemberId)),
                Mode(u.DeliveryMode),
            ])]);
        var types = c.LearningActivities.Activities
            .Where(a => a.LearningType is not null)
            .GroupBy(a => a.LearningType!.Value)
            .OrderBy(g => g.Key)
            .Select(g => $"{Sentence(Describe.Words(g.Key))}: {Number(g.Sum(a => a.Hours ?? 0))} h in {g.Count()} activit{(g.Count() == 1 ? "y" : "ies")}")
            .ToList();
        yield return Facts(
            ("Total study hours", $"{Number(c.CoursePlan.NotionalHours())} hours in {units.Count} units"),
            ("Learning activity types", types.Count > 0 ? string.Join("; ", types) : NotSpecified));
    }

    private static IEnumerable<Block> Delivery(DesignContent c)
    {
        var d = c.Delivery;
        var live = c.LearningActivities.Activities.Where(a => a.Timing == ActivityTiming.Synchronous).ToList();
        yield return Facts(
            ("Main delivery mode", Mode(d.DominantMode)),
            ("All delivery modes", Join(d.DeliveryModes, m => Mode(m))),
            ("Live (synchronous) sessions", live.Count == 0
                ? "None; all activities can be done at the learner's own time"
                : $"{live.Count} sessions, {Number(live.Sum(a => a.Hours ?? 0))} hours in total"),
            ("Learning platform", Or(c.SupportServices.DeliveryPlatform)),
            ("Tools", Join(d.Tools, t => t.Name, ", ")),
            ("Flexibility", d.FlexibilityOptions.Count > 0 ? WordList(d.FlexibilityOptions) : "None: the course follows one fixed schedule"),
            ("Cohort", d.CohortBased ? "Learners study together as a cohort" : "Individual progress"),
            ("Language of instruction", Languages(c.LanguagePolicy.InstructionLanguages)),
            ("Language of assessment", Languages(c.LanguagePolicy.AssessmentLanguages)));
    }

    private static IEnumerable<Block> Mobility(DesignCheckContext ctx)
    {
        var c = ctx.Content;
        var activities = c.InternationalMobility.Activities;
        if (activities.Count == 0)
        {
            yield return new Paragraph("The course has no international activity with mobility.");
        }
        else
        {
            yield return new Table(
                [new TableColumn("Activity", 3), new TableColumn("Type", 2), new TableColumn("Mobility", 1.2), new TableColumn("Host", 2.4), new TableColumn("Status", 1.3)],
                [.. activities.Select(a => (IReadOnlyList<string>)
                [
                    a.Title,
                    Words(a.Type),
                    Words(a.Mobility),
                    InstitutionName(ctx, a.HostPartnerId),
                    Words(a.Status),
                ])]);
        }

        yield return Facts(("Learning agreement", c.Admission.LearningAgreementRequired
            ? "Each learner signs a learning agreement at enrolment"
            : "No learning agreement is needed"));
    }

    private static IEnumerable<Block> Assessment(DesignCheckContext ctx)
    {
        var c = ctx.Content;
        var s = c.Assessment;
        var summative = s.Summative().ToList();
        yield return new Table(
            [new TableColumn("Component", 3), new TableColumn("Method", 2), new TableColumn("Weight", 0.9, TextAlignment.Right), new TableColumn("Marking", 1.5), new TableColumn("Supervision and identity check", 2.6)],
            [.. summative.Select(a => (IReadOnlyList<string>)
            [
                a.Title,
                Words(a.Method),
                a.WeightPercent is { } w ? $"{Number(w)} %" : "",
                Words(a.Marking),
                a.Supervision is { } sv ? Supervision(sv) : NotSpecified,
            ])]);
        var passMark = s.PassMark is { } p ? $"; pass mark {Number(p)}" : "";
        yield return Facts(
            ("Assessment criteria", s.CommunicationToLearners.Contains(LearnerCommunication.CriteriaPublishedInAdvance)
                ? "Published to learners before the course starts" : "Shared with learners during the course"),
            ("Grading scale and pass mark", Scale(s.GradingScale) + passMark),
            ("Timing", s.AssessmentTiming switch
            {
                AssessmentTiming.CohortFixedDates => "Fixed dates for the whole cohort",
                AssessmentTiming.LearnerLed => "When the learner is ready",
                _ => NotSpecified,
            }),
            ("Resits and exam rules", Or(s.ExamRegulations)),
            ("Recognition of prior learning", Or(s.RplProcedure)));
    }

    private static IEnumerable<Block> Award(DesignCheckContext ctx)
    {
        var c = ctx.Content;
        var a = c.Award;
        var v = c.JointVision;
        var stack = v.Stackability switch
        {
            Stackability.StandAlone => "Stand-alone micro-credential",
            Stackability.Stackable => "Stackable towards further credentials",
            _ => NotSpecified,
        };
        var targets = v.StackingTargets.Select(t =>
        {
            var text = string.IsNullOrWhiteSpace(t.Institution) ? t.Title : $"{t.Title} ({t.Institution})";
            return t.CreditsRecognised is { } cr ? $"{text}: {Number(cr)} ECTS recognised" : text;
        }).ToList();
        var professional = a.ProfessionalRecognition.Select(r =>
        {
            var body = !string.IsNullOrWhiteSpace(r.BodyName) ? r.BodyName.Trim() : r.BodyPartnerId is null ? "a professional body" : InstitutionName(ctx, r.BodyPartnerId);
            var credit = r.CreditAmount is { } amount ? $"{Number(amount)} {r.CreditName}".Trim() : r.CreditName;
            return $"{(r.Kind is null ? "Recognition" : Words(r.Kind))} by {body}" + (string.IsNullOrWhiteSpace(credit) ? "" : $": {credit}");
        }).ToList();
        var rows = new List<(string, string)>
        {
            ("Award", AwardName(a.AwardType)),
            ("Certificate format", Format(a.CertificateFormat) + (a.EdcCategory is { } cat ? $"; credential category: {Describe.Words(cat)}" : "")),
            ("Certificate languages", Languages(a.CertificateLanguages)),
            ("Attendance-only route", a.AttendanceOnlyRoute
                ? "Participants who do not take the assessment can receive a badge of attendance, without credits"
                : "Not offered"),
            ("Professional recognition", professional.Count > 0 ? string.Join("; ", professional) : "None"),
            ("Stackability", targets.Count > 0 ? $"{stack}: {string.Join("; ", targets)}" : stack),
            ("Recognition routes", v.RecognitionRoute.Count > 0 ? Sentence(string.Join("; ", v.RecognitionRoute.Select(Route))) : NotSpecified),
            ("Overlaps and related offers", v.RelatedOfferings.Count > 0
                ? Join(v.RelatedOfferings, r => $"{r.Title} ({Words(r.Relation).ToLowerInvariant()})") + (string.IsNullOrWhiteSpace(v.OverlapNotes) ? "" : ". " + v.OverlapNotes.Trim())
                : Or(v.OverlapNotes)),
        };
        if (!string.IsNullOrWhiteSpace(a.FurtherInformation))
        {
            rows.Add(("Further information", a.FurtherInformation.Trim()));
        }

        yield return Facts([.. rows]);
        yield return new Paragraph(NotADegreeNote) { Italic = true, Muted = true };
    }

    private static IEnumerable<Block> Quality(DesignContent c)
    {
        var q = c.QualityAssurance;
        yield return new Paragraph(Or(q.QaTypeStatement));
        yield return Facts(
            ("Standards", q.Standards.Count > 0 ? Sentence(string.Join("; ", q.Standards.Select(Standard))) : NotSpecified),
            ("External quality assurance", Words(q.ExternalQa) + (string.IsNullOrWhiteSpace(q.ExternalQaAgency) ? "" : $" ({q.ExternalQaAgency.Trim()})")),
            ("Review cycle", Words(q.ReviewCycle)));
    }

    private static IEnumerable<Block> Fees(DesignContent c)
    {
        var b = c.BusinessPlan;
        if (b.FullyFunded)
        {
            yield return new Paragraph("The course is fully funded: learners pay no fee.");
        }

        if (b.FeeTiers.Count > 0)
        {
            yield return new Table(
                [new TableColumn("Learner group", 2), new TableColumn("Option", 2.2), new TableColumn("Fee", 1.2, TextAlignment.Right), new TableColumn("Discounts", 2.6)],
                [.. b.FeeTiers.Select(t => (IReadOnlyList<string>)
                [
                    Words(t.Segment),
                    t.Option == FeeOption.AttendanceOnly ? "Attendance only" : t.Option == FeeOption.WithAssessmentAndCredits ? "With assessment and credits" : NotSpecified,
                    Money(t.Amount, t.Currency ?? b.PlanCurrency),
                    t.Discounts ?? "",
                ])]);
        }

        yield return Facts(
            ("Scholarships", b.Scholarships.Count > 0
                ? Join(b.Scholarships, s => (s.Number is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)} scholarship{(n == 1 ? "" : "s")}" : "Scholarships")
                    + (s.Amount is null ? "" : $" of {Money(s.Amount, b.PlanCurrency)}")
                    + (string.IsNullOrWhiteSpace(s.Sponsor) ? "" : $" from {s.Sponsor.Trim()}"))
                : "None"),
            ("Affordability", Or(b.AffordabilityStatement)),
            ("Terms and conditions", Or(c.Admission.TermsAndConditions)));
    }

    private static IEnumerable<Block> Success(DesignContent c)
    {
        var activities = c.LearningActivities.Activities;
        var onSite = activities.Where(a => a.Setting == ActivitySetting.OnSite).Sum(a => a.Hours ?? 0);
        var online = activities.Where(a => a.Setting != ActivitySetting.OnSite).Sum(a => a.Hours ?? 0);
        var formats = activities.Where(a => a.Format is not null).Select(a => a.Format!.Value).Distinct().Select(f => Describe.Words(f)).ToList();
        var summative = c.Assessment.Summative().Where(a => a.Method is not null)
            .Select(a => a.WeightPercent is { } w ? $"{a.Title} ({Number(w)} %)" : a.Title).ToList();
        yield return Facts(
            ("Hours online", $"{Number(online)} hours of scheduled activities"),
            ("Hours on site", onSite > 0 ? $"{Number(onSite)} hours" : "None"),
            ("Kinds of activity", formats.Count > 0 ? Sentence(string.Join(", ", formats)) : NotSpecified),
            ("To pass", summative.Count > 0 ? "Complete " + string.Join(", ", summative) : NotSpecified),
            ("Assessment timing", c.Assessment.AssessmentTiming == AssessmentTiming.CohortFixedDates
                ? "On fixed dates announced at the start" : c.Assessment.AssessmentTiming == AssessmentTiming.LearnerLed ? "When the learner is ready" : NotSpecified));
    }

    private static IEnumerable<Block> Support(DesignContent c)
    {
        yield return Facts(
            ("Support services", WordList(c.Admission.SupportServices)),
            ("Resources", Or(c.Admission.ResourcesInfo)),
            ("Accessibility and inclusion", Or(c.Inclusiveness.Measures)),
            ("Assessment adjustments", Or(c.Inclusiveness.AssessmentAccommodations)),
            ("Support languages", Languages(c.LanguagePolicy.SupportLanguages)));
    }

    private static IEnumerable<Block> Team(DesignCheckContext ctx)
    {
        var c = ctx.Content;
        yield return new Table(
            [new TableColumn("Name", 2), new TableColumn("Role", 1.8), new TableColumn("Institution", 2.4), new TableColumn("Expertise", 3)],
            [.. c.CourseTeam.Members.Select(m => (IReadOnlyList<string>)
            [
                m.FullName,
                Words(m.TeamRole),
                m.PartnerId is null ? "" : InstitutionName(ctx, m.PartnerId),
                m.Expertise ?? "",
            ])]);
        var lead = c.Lead();
        var contact = lead is null
            ? NotSpecified
            : string.Join(", ", new[] { lead.ContactName, lead.ContactEmail, InstitutionName(ctx, lead) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        yield return Facts(
            ("Contact", contact),
            ("Website", Or(c.Recruitment.WebsiteUrl)));
    }
}
