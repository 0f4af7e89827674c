using MicroCred.Domain;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Institutions;
using MicroCred.Domain.Reviews;
using MicroCred.Domain.Surveys;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Seeding;

/// <summary>Fills an empty database with demo institutions and one user per role. Never runs in Production.</summary>
public sealed class DemoDataSeeder(MicroCredDbContext db, UserManager<AppUser> users, IClock clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Institutions.AnyAsync(cancellationToken))
        {
            // Databases seeded before the published demo course existed get it on their next start.
            await SeedPublishedDesignAsync(clock.Now, cancellationToken);
            await SeedPastRunAsync(clock.Now, cancellationToken);
            return;
        }

        var now = clock.Now;

        // The three consortium universities match the facts of the sample designs, so their checks agree.
        var facts = SampleDesigns.Institutions(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt);
        var details = new Dictionary<Guid, (string? LocalName, string City, string Website, string ErasmusCode)>
        {
            [DemoAccounts.UniversityNl] = ("Universiteit Rijnmond", "Rotterdam", "https://www.rijnmond-university.example", "NL ROTTERD99"),
            [DemoAccounts.UniversityEs] = ("Universitat de Llevant", "València", "https://www.llevant.example", "E VALENCI99"),
            [DemoAccounts.UniversityPt] = ("Universidade do Atlântico Norte", "Porto", "https://www.atlantico-norte.example", "P PORTO99"),
        };
        foreach (var f in facts.Values)
        {
            var d = details[f.Id];
            var institution = new Institution(f.Id, new InstitutionDetails(
                f.Name, d.LocalName == f.Name ? null : d.LocalName, f.CountryCode, f.Region, d.City, d.Website, f.IsDegreeAwarding, d.ErasmusCode, f.LegalIdentifier), now);
            institution.ChangeSettings(new InstitutionSettings(
                (int)f.HoursPerEctsMin, (int)f.HoursPerEctsMax, f.GradingScale ?? InstitutionSettings.Default.GradingScale, f.NationalEctsCap), now);
            db.Institutions.Add(institution);
        }

        db.Institutions.Add(new Institution(DemoAccounts.UniversityOther, new InstitutionDetails(
            "Nordic College of Applied Sciences", "Nordiska högskolan för tillämpad vetenskap", "SE", "Västra Götaland", "Göteborg",
            "https://www.ncas.example", true, "S GOTEBOR99", null), now));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in DemoAccounts.All)
        {
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                InstitutionId = account.InstitutionId,
                CreatedAt = now,
            };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo user could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, account.Role);
        }

        await SeedDesignAsync(SampleDesigns.Complete(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt), markAllComplete: true, now, cancellationToken);
        await SeedDesignAsync(SampleDesigns.HalfFinished(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt), markAllComplete: false, now, cancellationToken);
        await SeedPublishedDesignAsync(now, cancellationToken);
        await SeedPastRunAsync(now, cancellationToken);
        logger.LogInformation("Demo data seeded: {Institutions} institutions, {Users} users, 3 course designs", 4, DemoAccounts.All.Count);
    }

    /// <summary>
    /// A third copy of the complete sample, taken through G1, G2 and G3 with the domain's own methods, so that the demo
    /// institution administrator (of the issuing institution in W14) can start cohorts on it.
    /// </summary>
    private async Task SeedPublishedDesignAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (await db.CourseDesigns.AnyAsync(d => d.Title == SampleDesigns.PublishedTitle, ct))
        {
            return;
        }

        var byEmail = await db.Users.ToDictionaryAsync(u => u.Email!, ct);
        if (!byEmail.TryGetValue("leader@microcred.demo", out var leaderUser)
            || !byEmail.TryGetValue("qa.officer@microcred.demo", out var qaUser)
            || !byEmail.TryGetValue("institution.admin@microcred.demo", out var adminUser))
        {
            return;
        }

        var sample = SampleDesigns.Published(DemoAccounts.UniversityNl, DemoAccounts.UniversityEs, DemoAccounts.UniversityPt);
        var issuer = Cohort.IssuingInstitutionOf(sample.Content);
        if (issuer != adminUser.InstitutionId)
        {
            throw new InvalidOperationException("The demo institution administrator must belong to the issuing institution of the published demo course.");
        }

        // The walk-through happened over the past months; each step a few days after the previous one.
        var at = now.AddDays(-120);
        DateTimeOffset Tick(int days = 3) => at = at.AddDays(days);
        var design = await SeedDesignAsync(sample, markAllComplete: true, at, ct, recordSignatures: false);
        var leader = Actor.Of(leaderUser.Id, leaderUser.FullName, DemoAccounts.UniversityNl, Roles.CourseDesigner);
        var qa = Actor.Of(qaUser.Id, qaUser.FullName, DemoAccounts.UniversityNl, Roles.QaOfficer);
        var admin = Actor.Of(adminUser.Id, adminUser.FullName, DemoAccounts.UniversityNl, Roles.InstitutionAdmin);
        var content = sample.Content;

        var boards = new List<ProgrammeBoardApproval>();
        foreach (var board in content.SupportServices.ProgrammeBoards)
        {
            var (approval, entry) = ProgrammeBoardApproval.Record(
                design, board.Id, board.BoardName, DateOnly.FromDateTime(Tick(1).UtcDateTime), "Board minutes " + at.Year + "/" + (boards.Count + 7), admin, at);
            boards.Add(approval);
            db.TimelineEntries.Add(entry);
        }

        var signatures = new List<AgreementSignature>();
        foreach (var partner in content.Partnership.Partners.Where(p => p.PartnerRole is PartnerRole.LeadInstitution or PartnerRole.FullPartner))
        {
            var (signature, entry) = AgreementSignature.Record(
                design, content, partner.Id, partner.ContactName ?? "Authorised signatory", "Rector", Tick(1), signatures, admin, at);
            signatures.Add(signature);
            db.TimelineEntries.Add(entry);
        }

        var external = new List<ExternalPeerReviewRecord>();
        foreach (var (stage, reviewer, kind, summary) in new[]
        {
            (ExternalReviewStage.Design, "Dr Maren Holm", GuestKind.Academic, "Outcomes, activities and assessment fit together; the workload is realistic."),
            (ExternalReviewStage.Development, "Sanne Brouwer, municipal water board", GuestKind.Employer, "The case material reflects what planners meet at work."),
        })
        {
            var (record, entry) = ExternalPeerReviewRecord.Record(design, stage, reviewer, kind, summary, qa, Tick(1));
            external.Add(record);
            db.TimelineEntries.Add(entry);
        }

        db.ProgrammeBoardApprovals.AddRange(boards);
        db.AgreementSignatures.AddRange(signatures);
        db.ExternalPeerReviewRecords.AddRange(external);
        var facts = new GateFacts(boards, signatures, external);
        var findings = DesignChecks.Run(sample.ToCheckContext(DateOnly.FromDateTime(at.UtcDateTime)) with { SignedPartnerIds = signatures.Select(s => s.PartnerId).ToHashSet() });

        foreach (var gate in new[] { Gate.G1, Gate.G2, Gate.G3 })
        {
            var submission = design.Submit(leader, content, findings, facts, Tick());
            db.DesignVersions.Add(submission.Version);
            db.Reviews.Add(submission.Review);
            db.TimelineEntries.Add(submission.Entry);
            db.TimelineEntries.Add(submission.Review.Claim(qa, design, Tick(1)));
            var verdicts = GateChecklist.For(gate).Select(c => new CriterionVerdict(c.Id, Verdict.Met, null)).ToList();
            var decision = design.Decide(submission.Review, submission.Version, qa, DecisionOutcome.Approved,
                "Approved: every criterion of the checklist is met.", verdicts, Tick());
            db.QualityGateDecisions.Add(decision.Decision);
            db.TimelineEntries.Add(decision.Entry);
        }

        SeedEvaluation(design, content, byEmail, leader, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The annual evaluation of the year so far, open, with findings, two partner answers and two actions.</summary>
    private void SeedEvaluation(CourseDesign design, DesignContent content, Dictionary<string, AppUser> byEmail, Actor leader, DateTimeOffset now)
    {
        var names = new Dictionary<Guid, string>
        {
            [DemoAccounts.UniversityNl] = "Rijnmond University",
            [DemoAccounts.UniversityEs] = "Universitat de Llevant",
            [DemoAccounts.UniversityPt] = "Universidade do Atlântico Norte",
        };
        var partners = content.Partnership.Partners.Select(p => p.InstitutionId).OfType<Guid>().Prepend(design.LeadInstitutionId).Distinct()
            .Select(id => (id, names.GetValueOrDefault(id, "Partner institution")));
        var evaluation = AnnualEvaluation.Start(design, design.LastVersionNumber, now.Year, partners, null, leader, now.AddDays(-5));
        evaluation.Record(design, leader, new EvaluationRecord(
            "Learners needed about a quarter more time for the flood-risk mapping unit than planned; the capstone was valued most. Completion was high.",
            "The regional water board would like a short section on permits for nature-based defences.", 24, 16_800m,
            "Fewer learners than the 30 planned: recruitment started late."), now.AddDays(-4));
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        evaluation.ConfirmPartner(design, leader, DemoAccounts.UniversityNl, PartnerAnswer.Continues, "Dean of Civil Engineering", today.AddDays(-4), null, now.AddDays(-4));
        evaluation.ConfirmPartner(design, leader, DemoAccounts.UniversityEs, PartnerAnswer.Continues, "Vice-rector for Lifelong Learning", today.AddDays(-3), null, now.AddDays(-3));
        var es = byEmail["partner.es@microcred.demo"];
        var pt = byEmail["partner.pt@microcred.demo"];
        evaluation.AddAction(design, leader, new ActionDetails("Cut four hours of reading from the flood-risk mapping unit", es.Id, es.FullName,
            today.AddMonths(3), ActionStatus.InProgress, [WizardStep.CoursePlan, WizardStep.LearningActivities], null), now.AddDays(-3));
        evaluation.AddAction(design, leader, new ActionDetails("Update the contact details on the public course page", pt.Id, pt.FullName,
            today.AddMonths(1), ActionStatus.Planned, [WizardStep.Recruitment], null), now.AddDays(-3));
        db.AnnualEvaluations.Add(evaluation);
    }

    /// <summary>
    /// One finished run of the published demo course: eight learners with final results, their credentials (one revoked),
    /// and a closed learner survey with six answers, so that the run report shows scores, comments and one unit whose
    /// measured study load is flagged. The same answers on every start.
    /// </summary>
    private async Task SeedPastRunAsync(DateTimeOffset now, CancellationToken ct)
    {
        var design = await db.CourseDesigns.Include(d => d.Members).SingleOrDefaultAsync(d => d.Title == SampleDesigns.PublishedTitle, ct);
        if (design is null || await db.Cohorts.AnyAsync(c => c.DesignId == design.Id, ct))
        {
            return;
        }

        var version = await db.DesignVersions.Where(v => v.DesignId == design.Id && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var byEmail = await db.Users.ToDictionaryAsync(u => u.Email!, ct);
        if (version is null || !byEmail.TryGetValue("institution.admin@microcred.demo", out var adminUser) || !byEmail.TryGetValue("leader@microcred.demo", out var leaderUser))
        {
            return;
        }

        var admin = Actor.Of(adminUser.Id, adminUser.FullName, DemoAccounts.UniversityNl, Roles.InstitutionAdmin);
        var leader = Actor.Of(leaderUser.Id, leaderUser.FullName, DemoAccounts.UniversityNl, Roles.CourseDesigner);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cohort = Cohort.Start(design, version, new CohortDetails("Pilot run", "PILOT-1", today.AddDays(-84), today.AddDays(-28), DeliveryMode.Blended), admin, now.AddDays(-90));
        (string Given, string Family, LearnerResult Result, decimal? Grade)[] learners =
        [
            ("Noor", "Bakker", LearnerResult.Passed, 8.5m),
            ("Pablo", "Serrano", LearnerResult.Passed, 7.2m),
            ("Inês", "Carvalho", LearnerResult.Passed, 9.1m),
            ("Femke", "Visser", LearnerResult.Passed, 6.4m),
            ("Jordi", "Puig", LearnerResult.Passed, 7.8m),
            ("Marta", "Lopes", LearnerResult.Passed, 5.9m),
            ("Daan", "Smit", LearnerResult.Failed, 4.6m),
            ("Elena", "Marín", LearnerResult.AttendanceOnly, null),
        ];
        for (var i = 0; i < learners.Length; i++)
        {
            var l = learners[i];
            cohort.AddLearner(new LearnerDetails(l.Given, l.Family, $"PILOT-{i + 1:000}", null, $"pilot.learner{i + 1}@learners.example", l.Result, l.Grade,
                l.Result == LearnerResult.AttendanceOnly ? null : today.AddDays(-28)), admin, now.AddDays(-30));
        }

        cohort.FinaliseResults(admin, now.AddDays(-27));
        db.Cohorts.Add(cohort);

        var institutions = (await db.Institutions.AsNoTracking().ToListAsync(ct)).ToDictionary(i => i.Id, i => new InstitutionFacts(
            i.Id, i.Name, i.CountryCode, i.IsDegreeAwarding, i.Settings.HoursPerEctsMin, i.Settings.HoursPerEctsMax,
            i.Settings.GradingScale, i.Settings.NationalEctsCap, i.LegalIdentifier, i.Region));
        var eligible = cohort.Learners.Where(l => l.Result != LearnerResult.Failed).Select(l => l.Id).ToList();
        var issued = CredentialIssuance.Issue(cohort, version, institutions, eligible, [], admin, now.AddDays(-26));
        db.IssuedCredentials.AddRange(issued.Issued);
        issued.Issued.FirstOrDefault(c => c.LearnerId == cohort.Learners[5].Id)?.Revoke(admin, "Issued with a misspelt name; a corrected credential follows.", now.AddDays(-20));

        // The survey: opened after the results, closed on its date. Answers carry no learner and only their day.
        var survey = Survey.Open(design, cohort, version.ReadContent(), today.AddDays(-12), [("The case studies helped me apply the methods at work.", OwnQuestionKind.Rating)], leader, now.AddDays(-27));
        db.Surveys.Add(survey);
        var units = survey.Definition.Units;
        var ownQuestion = survey.Definition.OwnQuestions[0].Id;
        (int[] Ratings, decimal[] HourFactors, int Own, string? Comment)[] answers =
        [
            ([5, 4, 4, 5, 5], [1.0m, 1.3m, 0.9m, 0.9m, 1.1m], 5, "The flood-risk case from Rotterdam was the most useful part. Unit two took far longer than announced."),
            ([4, 3, 4, 4, 4], [1.1m, 1.4m, 1.0m, 0.85m, 1.2m], 4, "More time for the group assignment, please."),
            ([5, 2, 3, 4, 5], [0.9m, 1.2m, 1.1m, 0.8m, 1.0m], 5, null),
            ([4, 3, 5, 5, 4], [1.0m, 1.25m, 0.95m, 0.95m, 1.15m], 4, "Good support from the tutors in the live sessions."),
            ([3, 2, 4, 3, 3], [1.2m, 1.35m, 1.0m, 0.9m, 1.1m], 3, "The readings for unit two were heavy; a shorter list would help."),
            ([5, 4, 4, 4, 5], [1.0m, 1.1m, 1.0m, 0.9m, 1.05m], 4, null),
        ];
        for (var i = 0; i < answers.Length; i++)
        {
            var a = answers[i];
            var hours = new Dictionary<Guid, decimal>();
            for (var u = 0; u < units.Count; u++)
            {
                if (units[u].PlannedHours is { } planned)
                {
                    hours[units[u].Id] = Math.Round(planned * a.HourFactors[u % a.HourFactors.Length], 0);
                }
            }

            db.SurveyResponses.Add(survey.Answer(new SurveyAnswers
            {
                Ratings = Enum.GetValues<StandardQuestion>().Select((q, k) => (q, k)).ToDictionary(x => x.q, x => a.Ratings[x.k]),
                HoursPerUnit = hours,
                OwnRatings = new Dictionary<Guid, int> { [ownQuestion] = a.Own },
                Comment = a.Comment,
            }, now.AddDays(-25 + i)));
        }

        survey.Close(now.AddDays(-11));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A sample design led by the demo team leader, with the Spanish and Portuguese designers on the team. Signatures of the
    /// consortium agreement go to the signature records, never into step 21 (the sample keeps them as signatory rows); the
    /// published design records its own with the rest of its walk-through, so it passes <paramref name="recordSignatures"/> false.
    /// </summary>
    private async Task<CourseDesign> SeedDesignAsync(SampleDesign sample, bool markAllComplete, DateTimeOffset now, CancellationToken ct, bool recordSignatures = true)
    {
        var byEmail = await db.Users.ToDictionaryAsync(u => u.Email!, ct);
        var leader = byEmail["leader@microcred.demo"];
        var design = CourseDesign.Start(sample.Title, DemoAccounts.UniversityNl, leader.Id, DemoAccounts.UniversityNl, now);
        design.AddMember(byEmail["partner.es@microcred.demo"].Id, DemoAccounts.UniversityEs, now);
        design.AddMember(byEmail["partner.pt@microcred.demo"].Id, DemoAccounts.UniversityPt, now);
        db.CourseDesigns.Add(design);

        var signatories = sample.Content.ConsortiumAgreement.Signatories;
        sample.Content.ConsortiumAgreement.Signatories = [];
        if (recordSignatures)
        {
            var actor = Actor.Of(leader.Id, leader.FullName, DemoAccounts.UniversityNl, Roles.CourseDesigner);
            var recorded = new List<AgreementSignature>();
            foreach (var row in signatories.Where(r => r.PartnerId is not null && r.SignedOn is not null && !string.IsNullOrWhiteSpace(r.SignerName)))
            {
                var signedAt = new DateTimeOffset(row.SignedOn!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var (signature, entry) = AgreementSignature.Record(design, sample.Content, row.PartnerId!.Value, row.SignerName!, "Legal representative",
                    signedAt > now ? now : signedAt, recorded, actor, now);
                recorded.Add(signature);
                db.AgreementSignatures.Add(signature);
                db.TimelineEntries.Add(entry);
            }
        }

        foreach (var step in Enum.GetValues<WizardStep>())
        {
            var content = sample.Content.Get(step);
            var json = DesignContentJson.Serialize(content);
            if (!markAllComplete && json == DesignContentJson.Serialize(Activator.CreateInstance(content.GetType())!))
            {
                continue;
            }

            var stored = new DesignStep(design.Id, step);
            stored.Save(json, markAllComplete || StepCompleteness.IsComplete(step, sample.Content), leader.Id, now);
            db.DesignSteps.Add(stored);
        }

        db.DesignChanges.Add(new DesignChange(design.Id, null, leader.Id, now, "Demo design loaded."));
        await db.SaveChangesAsync(ct);
        return design;
    }
}
