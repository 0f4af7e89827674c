using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Institutions;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests;

/// <summary>The review workflow saved through the SQLite migrations and read back in a fresh context.</summary>
public sealed class ReviewPersistenceTests : IDisposable
{
    private static readonly Guid Nl = new("11111111-1111-4111-8111-111111111111");
    private static readonly Guid Es = new("22222222-2222-4222-8222-222222222222");
    private static readonly Guid Pt = new("33333333-3333-4333-8333-333333333333");
    private static readonly DateTimeOffset Start = new(2027, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly SampleDesign _sample = SampleDesigns.Complete(Nl, Es, Pt);
    private readonly Actor _leader = Actor.Of(Guid.NewGuid(), "Anouk Visser", Nl, Roles.CourseDesigner);
    private readonly Actor _member = Actor.Of(Guid.NewGuid(), "Javier Molina", Es, Roles.CourseDesigner);
    private readonly Actor _qa = Actor.Of(Guid.NewGuid(), "Marta Quist", Nl, Roles.QaOfficer);
    private readonly Actor _admin = Actor.Of(Guid.NewGuid(), "Hanna Admin", Nl, Roles.InstitutionAdmin);
    private DateTimeOffset _now = Start;

    public ReviewPersistenceTests()
    {
        _connection.Open();
        using var db = Context();
        db.Database.Migrate();
        foreach (var (id, name, country) in new[] { (Nl, "Rijnmond University", "NL"), (Es, "Universitat de Llevant", "ES"), (Pt, "Universidade do Atlântico Norte", "PT") })
        {
            db.Institutions.Add(new Institution(id, new InstitutionDetails(name, null, country, null, "City", null, true, null, null), Start));
        }

        foreach (var actor in new[] { _leader, _member, _qa, _admin })
        {
            var email = actor.Name.Replace(' ', '.').ToLowerInvariant() + "@example.org";
            db.Users.Add(new AppUser
            {
                Id = actor.UserId,
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                FullName = actor.Name,
                InstitutionId = actor.InstitutionId,
                CreatedAt = Start,
            });
        }

        db.SaveChanges();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void The_review_workflow_survives_a_round_trip_through_the_database()
    {
        var content = _sample.Content;
        var timeline = new List<TimelineEntry>();
        var design = CourseDesign.Start(_sample.Title, Nl, _leader.UserId, Nl, _now);
        design.AddMember(_member.UserId, Es, _now);

        var board = content.SupportServices.ProgrammeBoards[0];
        var (approval, approved) = ProgrammeBoardApproval.Record(design, board.Id, board.BoardName, new DateOnly(2027, 3, 10), "Minutes 2027/14", _admin, Tick());
        timeline.Add(approved);
        var partner = content.Partnership.Partners.Single(p => p.InstitutionId == Es);
        var (signature, signed) = AgreementSignature.Record(design, content, partner.Id, "Dr. Elena Ruiz", "Rector", _now.AddDays(-10), [], _admin, Tick());
        timeline.Add(signed);
        var (guest, token, invited) = GuestReviewer.Invite(design, "ext@example.org", "Prof. Ext Reviewer", GuestKind.Academic, "Delta Institute", _qa, Tick(), TimeSpan.FromDays(20));
        timeline.Add(invited);
        guest.Accept(token, Tick());
        var (external, recorded) = ExternalPeerReviewRecord.FromGuest(guest, ExternalReviewStage.Design, "A sound design; the assessment could be lighter.", Tick());
        timeline.Add(recorded);

        var findings = DesignChecks.Run(_sample.ToCheckContext(DateOnly.FromDateTime(_now.UtcDateTime)));
        var submission = design.Submit(_leader, content, findings, GateFacts.None, Tick());
        timeline.Add(submission.Entry);
        timeline.Add(submission.Review.Claim(_qa, design, Tick()));
        var (comment, opened) = ReviewComment.Open(submission.Review, CommentAuthor.Reviewer(_qa, design), WizardStep.CoursePlan, "Ects", null, "3 ECTS is too much for 70 hours.", Tick());
        timeline.Add(opened);
        comment.Reply(CommentAuthor.Team(_leader, design), "We will spread it over 14 weeks.", Tick());
        var (guestComment, guestOpened) = ReviewComment.Open(submission.Review, CommentAuthor.Guest(guest, design, Tick()), WizardStep.Assessment, null, null, "Employers would value a portfolio.", _now);
        timeline.Add(guestOpened);
        var verdicts = GateChecklist.For(Gate.G1)
            .Select(c => c.Id == "G1-ASSESSMENT" ? new CriterionVerdict(c.Id, Verdict.PartlyMet, "Too many summative tasks.") : new CriterionVerdict(c.Id, Verdict.Met))
            .ToList();
        var decided = design.Decide(submission.Review, submission.Version, _qa, DecisionOutcome.ChangesRequested, "Rework the study load.", verdicts, Tick());
        timeline.Add(decided.Entry);

        using (var db = Context())
        {
            db.CourseDesigns.Add(design);
            db.AddRange(submission.Version, submission.Review, comment, guestComment, decided.Decision, guest, approval, signature, external);
            db.TimelineEntries.AddRange(timeline);
            db.SaveChanges();
        }

        using (var db = Context())
        {
            var version = db.DesignVersions.Single(v => v.DesignId == design.Id);
            Assert.Equal(1, version.Number);
            Assert.Equal(Gate.G1, version.Gate);
            Assert.Equal(submission.Version.ContentHash, version.ContentHash);
            Assert.True(version.IsIntact());
            Assert.Equal(content.Partnership.PartnershipIdentity, version.ReadContent().Partnership.PartnershipIdentity);
            Assert.Equal(DecisionOutcome.ChangesRequested, version.Outcome);
            Assert.Equal(_leader.Name, version.SubmittedByName);

            var review = db.Reviews.Single(r => r.VersionId == version.Id);
            Assert.Equal(ReviewState.Decided, review.State);
            Assert.Equal(_qa.UserId, review.ReviewerId);
            Assert.Equal(_qa.Name, review.ReviewerName);
            Assert.Equal(submission.Review.ClaimedAt, review.ClaimedAt);

            var savedComment = db.ReviewComments.Single(c => c.Id == comment.Id && c.ReviewId == review.Id);
            Assert.Equal(WizardStep.CoursePlan, savedComment.Step);
            Assert.Equal("Ects", savedComment.FieldPath);
            Assert.Equal("3 ECTS is too much for 70 hours.", savedComment.Text);
            Assert.Equal(CommentStatus.Open, savedComment.Status);
            var reply = Assert.Single(savedComment.Replies);
            Assert.Equal(comment.Replies[0], reply);
            Assert.Equal(CommentRole.Team, reply.AuthorRole);
            Assert.Equal("We will spread it over 14 weeks.", reply.Text);

            var savedGuest = db.GuestReviewers.Single();
            Assert.Equal(guest.TokenHash, savedGuest.TokenHash);
            Assert.True(savedGuest.Matches(token));
            Assert.Equal(guest.ExpiresAt, savedGuest.ExpiresAt);
            Assert.Equal(Start.AddDays(3 + 20), savedGuest.ExpiresAt);
            Assert.Equal(guest.AcceptedAt, savedGuest.AcceptedAt);
            Assert.Equal(GuestKind.Academic, savedGuest.Kind);

            // A guest's comment: the author is the guest, not a user; a thread without replies reads back empty.
            var fromGuest = db.ReviewComments.Single(c => c.Id == guestComment.Id);
            Assert.Equal(savedGuest.Id, fromGuest.AuthorId);
            Assert.Equal(CommentRole.Guest, fromGuest.AuthorRole);
            Assert.Empty(fromGuest.Replies);
            Assert.Equal(2, db.ReviewComments.Count(c => c.DesignId == design.Id && c.Status == CommentStatus.Open));

            var decision = db.QualityGateDecisions.Single(d => d.ReviewId == review.Id);
            Assert.Equal(DecisionOutcome.ChangesRequested, decision.Outcome);
            Assert.Equal("Rework the study load.", decision.Summary);
            Assert.Equal(_qa.UserId, decision.DecidedById);
            Assert.Equal(GateChecklist.For(Gate.G1).Select(c => c.Id), decision.Verdicts.Select(v => v.CriterionId));
            Assert.Equal(decided.Decision.Verdicts, decision.Verdicts);
            Assert.Equal(new CriterionVerdict("G1-ASSESSMENT", Verdict.PartlyMet, "Too many summative tasks."), decision.Verdicts.Single(v => v.Verdict != Verdict.Met));

            var savedExternal = db.ExternalPeerReviewRecords.Single();
            Assert.Equal(savedGuest.Id, savedExternal.GuestReviewerId);
            Assert.Equal(ExternalReviewStage.Design, savedExternal.Stage);

            var savedSignature = db.AgreementSignatures.Single();
            Assert.Equal(partner.Id, savedSignature.PartnerId);
            Assert.Equal(Es, savedSignature.InstitutionId);
            Assert.Equal("Dr. Elena Ruiz", savedSignature.SignerName);

            var savedApproval = db.ProgrammeBoardApprovals.Single();
            Assert.Equal(board.Id, savedApproval.BoardId);
            Assert.Equal(new DateOnly(2027, 3, 10), savedApproval.ApprovedOn);
            Assert.Equal("Minutes 2027/14", savedApproval.Reference);

            var savedTimeline = db.TimelineEntries.Where(e => e.DesignId == design.Id).OrderBy(e => e.At).ToList();
            Assert.Equal(timeline, savedTimeline);
            Assert.Equal(
                [
                    TimelineEvent.ProgrammeBoardApprovalRecorded, TimelineEvent.AgreementSigned, TimelineEvent.GuestInvited, TimelineEvent.ExternalReviewRecorded,
                    TimelineEvent.Submitted, TimelineEvent.ReviewClaimed, TimelineEvent.CommentOpened, TimelineEvent.CommentOpened, TimelineEvent.ChangesRequested,
                ],
                savedTimeline.Select(e => e.Event));
            Assert.Equal(Gate.G1, savedTimeline[4].Gate);
            Assert.Equal(1, savedTimeline[4].VersionNumber);

            var savedDesign = db.CourseDesigns.Single(d => d.Id == design.Id);
            Assert.Equal(DesignStatus.Draft, savedDesign.Status);
            Assert.Equal(1, savedDesign.LastVersionNumber);
            Assert.Null(savedDesign.VersionUnderReview);
        }

        // A later request answers in the thread: the new reply is saved after the first one, in order.
        using (var db = Context())
        {
            var saved = db.ReviewComments.Single(c => c.Id == comment.Id);
            saved.Reply(CommentAuthor.Reviewer(_qa, design), "Fourteen weeks is fine.", Tick());
            db.SaveChanges();
        }

        using (var db = Context())
        {
            var saved = db.ReviewComments.Single(c => c.Id == comment.Id);
            Assert.Equal(["We will spread it over 14 weeks.", "Fourteen weeks is fine."], saved.Replies.Select(r => r.Text));
            Assert.Equal([CommentRole.Team, CommentRole.Reviewer], saved.Replies.Select(r => r.AuthorRole));
        }
    }

    [Fact]
    public void The_database_refuses_a_second_version_with_the_same_number()
    {
        var design = CourseDesign.Start(_sample.Title, Nl, _leader.UserId, Nl, _now);
        using (var db = Context())
        {
            db.CourseDesigns.Add(design);
            db.SaveChanges();
        }

        // Two requests submit the same design at once; each freezes its own version 1.
        var findings = DesignChecks.Run(_sample.ToCheckContext(DateOnly.FromDateTime(_now.UtcDateTime)));
        var first = LoadDesign().Submit(_leader, _sample.Content, findings, GateFacts.None, Tick());
        var second = LoadDesign().Submit(_leader, _sample.Content, findings, GateFacts.None, Tick());
        Assert.Equal(first.Version.Number, second.Version.Number);

        using (var db = Context())
        {
            db.DesignVersions.Add(first.Version);
            db.SaveChanges();
        }

        using (var db = Context())
        {
            db.DesignVersions.Add(second.Version);
            var error = Assert.Throws<DbUpdateException>(() => db.SaveChanges());
            var sqlite = Assert.IsType<SqliteException>(error.InnerException);
            Assert.Contains("UNIQUE constraint failed: DesignVersions.DesignId, DesignVersions.Number", sqlite.Message, StringComparison.Ordinal);
        }

        using (var check = Context())
        {
            Assert.Equal(first.Version.Id, check.DesignVersions.Single(v => v.DesignId == design.Id).Id);
        }

        CourseDesign LoadDesign()
        {
            using var db = Context();
            return db.CourseDesigns.AsNoTracking().Include(d => d.Members).Single(d => d.Id == design.Id);
        }
    }

    private DateTimeOffset Tick()
    {
        _now = _now.AddDays(1);
        return _now;
    }

    private MicroCredDbContext Context() =>
        new(new DbContextOptionsBuilder<MicroCredDbContext>()
            .UseSqlite(_connection, o => o.MigrationsAssembly(DependencyInjection.SqliteMigrationsAssembly))
            .Options);
}
