using System.Net;
using System.Text.RegularExpressions;
using MicroCred.Domain.Accounts;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Cohorts;
using MicroCred.Web.Tests.Credentials;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MicroCred.Web.Tests.Security;

/// <summary>The people who try every page of the authorization matrix, in the order of the table's columns.</summary>
public enum Persona
{
    Anonymous,
    PlatformAdmin,
    InstitutionAdmin,
    QaOfficer,
    CourseDesigner,
    TeamLeader,
    TeamMember,
    OtherConsortium,
    OtherInstitutionAdmin,
}

/// <summary>
/// One app with one database holding a real instance of everything a route can name: a design of the demo team under
/// review (claimed, commented, with a guest), the published demo course with an open cohort (learner, pending import)
/// and a finalised one with an issued credential, an invitation and notifications. Built once for the matrix.
/// </summary>
public sealed partial class MatrixWorld : IAsyncLifetime
{
    public const string CourseDesignerEmail = "designer.nl@matrix.test";
    public const string OtherInstitutionAdminEmail = "admin.se@matrix.test";

    public static readonly IReadOnlyDictionary<Persona, string> Emails = new Dictionary<Persona, string>
    {
        [Persona.PlatformAdmin] = "admin@microcred.demo",
        [Persona.InstitutionAdmin] = "institution.admin@microcred.demo",
        [Persona.QaOfficer] = "qa.officer@microcred.demo",
        [Persona.CourseDesigner] = CourseDesignerEmail,
        [Persona.TeamLeader] = "leader@microcred.demo",
        [Persona.TeamMember] = "partner.es@microcred.demo",
        [Persona.OtherConsortium] = "outsider@microcred.demo",
        [Persona.OtherInstitutionAdmin] = OtherInstitutionAdminEmail,
    };

    public MicroCredFactory App { get; } = new();

    public Guid DesignId { get; private set; }

    public Guid PublishedDesignId { get; private set; }

    public Guid ReviewId { get; private set; }

    public Guid CommentId { get; private set; }

    public Guid GuestId { get; private set; }

    public string GuestToken { get; private set; } = "";

    public Guid OpenCohortId { get; private set; }

    public Guid LearnerId { get; private set; }

    public string ImportId { get; private set; } = "";

    public Guid FinalisedCohortId { get; private set; }

    public Guid CredentialId { get; private set; }

    public string CredentialPublicId { get; private set; } = "";

    public Guid BoardApprovalId { get; private set; }

    public Guid SignatureId { get; private set; }

    public Guid ExternalReviewId { get; private set; }

    public Guid InvitationId { get; private set; }

    public Guid TeamMemberToRemoveId { get; private set; }

    public Guid InstitutionUserId { get; private set; }

    public Guid NotificationId { get; private set; }

    public Guid EvaluationId { get; private set; }

    public Guid ActionId { get; private set; }

    public Dictionary<Persona, TestBrowser> Browsers { get; } = [];

    public async Task InitializeAsync()
    {
        App.Settings["Security:LoginAttemptsPerMinute"] = "10000";
        App.Settings["Security:InvitationAttemptsPerMinute"] = "10000";
        App.Settings["Security:VerificationRequestsPerMinute"] = "10000";
        _ = App.Server;
        await AddUserAsync(CourseDesignerEmail, "Dirk Designer", DemoAccounts.UniversityNl, Roles.CourseDesigner);
        await AddUserAsync(OtherInstitutionAdminEmail, "Sara Admin", DemoAccounts.UniversityOther, Roles.InstitutionAdmin);

        Browsers[Persona.Anonymous] = App.Browser();
        foreach (var (persona, email) in Emails)
        {
            var browser = App.Browser();
            Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(email)).Status);
            Browsers[persona] = browser;
        }

        // A design of the team, submitted over HTTP (notifies the QA officers), claimed and commented by the QA officer.
        DesignId = await App.CopyOfCompleteDesignAsync("Matrix design");
        var leader = Browsers[Persona.TeamLeader];
        var qa = Browsers[Persona.QaOfficer];
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.SubmitAsync(leader, DesignId)).Status);
        ReviewId = await App.WithDbAsync(db => db.Reviews.Where(r => r.DesignId == DesignId).Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.ClaimAsync(qa, ReviewId)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewDriver.CommentAsync(qa, ReviewId, 6, "Please say how LO1 is assessed.")).Status);
        CommentId = await App.WithDbAsync(db => db.ReviewComments.Where(c => c.DesignId == DesignId).Select(c => c.Id).SingleAsync());
        var teamLeaderId = await App.UserIdAsync(Emails[Persona.TeamLeader]);
        NotificationId = await App.WithDbAsync(db => db.Notifications.Where(n => n.UserId == teamLeaderId).Select(n => n.Id).FirstAsync());

        var invited = await qa.SubmitAsync($"/designs/{DesignId}/guests", new Dictionary<string, string>
        {
            ["Form.FullName"] = "Gita Guest",
            ["Form.Email"] = "gita.guest@matrix.test",
            ["Form.Kind"] = "Academic",
            ["Form.EndsOn"] = DateOnly.FromDateTime(App.Clock.Now.AddDays(20).UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var mail = Directory.GetFiles(App.MailFolder, "*.eml").Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Any(b => b.Address == "gita.guest@matrix.test"));
        GuestToken = Uri.UnescapeDataString(new Uri(GuestLink().Match(mail.TextBody ?? "").Value).AbsolutePath.Split('/')[^1]);
        GuestId = await App.WithDbAsync(db => db.GuestReviewers.Where(g => g.DesignId == DesignId).Select(g => g.Id).SingleAsync());

        // The guest has opened the link (its first use is recorded), so later requests with it store nothing.
        using (var guest = App.Browser())
        {
            Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync("/guest/" + Uri.EscapeDataString(GuestToken))).Status);
        }

        // The published course: an open cohort with a learner and a pending import, a finalised one with a credential.
        PublishedDesignId = await App.PublishedDesignIdAsync();
        var (open, openLearners) = await CredentialData.CohortAsync(App, "Matrix open", [CredentialData.Passed("M-001")], finalise: false);
        (OpenCohortId, LearnerId) = (open, openLearners[0]);
        var admin = Browsers[Persona.InstitutionAdmin];
        var preview = await admin.UploadAsync(OpenCohortId, CohortTestSupport.Utf8("learner_id,given_names,family_name,result\nM-002,Ana,Silva,passed\n"));
        Assert.Equal(HttpStatusCode.Redirect, preview.Status);
        ImportId = preview.Location!.OriginalString.Split('/')[^1];

        var (finalised, finalisedLearners) = await CredentialData.CohortAsync(App, "Matrix finalised", [CredentialData.Passed("M-101", grade: 8m)]);
        FinalisedCohortId = finalised;
        Assert.Equal(HttpStatusCode.Redirect, (await CredentialData.IssueAsync(admin, FinalisedCohortId, finalisedLearners)).Status);
        var credential = (await CredentialData.CredentialsAsync(App, FinalisedCohortId)).Single();
        (CredentialId, CredentialPublicId) = (credential.Id, credential.PublicId);

        BoardApprovalId = await App.WithDbAsync(db => db.ProgrammeBoardApprovals.Where(r => r.DesignId == PublishedDesignId).Select(r => r.Id).FirstAsync());
        SignatureId = await App.WithDbAsync(db => db.AgreementSignatures.Where(r => r.DesignId == PublishedDesignId).Select(r => r.Id).FirstAsync());
        ExternalReviewId = await App.WithDbAsync(db => db.ExternalPeerReviewRecords.Where(r => r.DesignId == PublishedDesignId).Select(r => r.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Ivo Invited",
            ["Email"] = "ivo.invited@matrix.test",
            ["InstitutionId"] = DemoAccounts.UniversityNl.ToString(),
            ["Role"] = Roles.CourseDesigner,
        })).Status);
        InvitationId = await App.WithDbAsync(db => db.Invitations.Where(i => i.Email == "ivo.invited@matrix.test").Select(i => i.Id).SingleAsync());
        // An annual evaluation of the published course, with an improvement action.
        var started = await leader.SubmitAsync($"/designs/{PublishedDesignId}/evaluations", new Dictionary<string, string> { ["Year"] = "2027" });
        Assert.Equal(HttpStatusCode.Redirect, started.Status);
        EvaluationId = Guid.Parse(started.Location!.OriginalString.Split('/')[^1]);
        var actionForm = await leader.GetAsync($"/evaluations/{EvaluationId}/actions/new");
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostAsync($"/evaluations/{EvaluationId}/actions/new", new Dictionary<string, string>
        {
            ["Form.Version"] = actionForm.InputValue("Form_Version")!,
            ["Form.Title"] = "Matrix improvement action",
            ["Form.OwnerId"] = teamLeaderId.ToString(),
            ["Form.Deadline"] = "2027-12-01",
            ["Form.Status"] = "Planned",
        }, actionForm.AntiforgeryToken())).Status);
        ActionId = await App.WithDbAsync(db => db.AnnualEvaluations.Where(e => e.Id == EvaluationId).SelectMany(e => e.Actions).Where(a => a.Title == "Matrix improvement action").Select(a => a.Id).SingleAsync());

        TeamMemberToRemoveId = await App.UserIdAsync("partner.pt@microcred.demo");
        InstitutionUserId = await App.UserIdAsync(Emails[Persona.QaOfficer]);
    }

    /// <summary>
    /// The real id for a route parameter of the given template; an unknown parameter fails the test so that a new
    /// route names the data it needs here.
    /// </summary>
    public string ValueFor(string template, string parameter) => (parameter, template) switch
    {
        ("id", _) when template.StartsWith("designs/{id", StringComparison.Ordinal) && template.Contains("/approvals", StringComparison.Ordinal) => PublishedDesignId.ToString(),
        ("id", _) when template.StartsWith("designs/{id", StringComparison.Ordinal) && template.Contains("documents", StringComparison.Ordinal) => PublishedDesignId.ToString(),
        ("id", _) when template.StartsWith("designs/{id", StringComparison.Ordinal) && template.Contains("consortium-agreement", StringComparison.Ordinal) => PublishedDesignId.ToString(),
        ("id", _) when template.StartsWith("designs/{id", StringComparison.Ordinal) && template.Contains("/evaluations", StringComparison.Ordinal) => PublishedDesignId.ToString(),
        ("id", _) when template.StartsWith("designs/{id", StringComparison.Ordinal) => DesignId.ToString(),
        ("id", _) when template.StartsWith("credentials/", StringComparison.Ordinal) => CredentialId.ToString(),
        ("id", _) when template.StartsWith("admin/institutions/", StringComparison.Ordinal) => DemoAccounts.UniversityNl.ToString(),
        ("id", _) when template.StartsWith("admin/users/invitations/", StringComparison.Ordinal) => InvitationId.ToString(),
        ("id", _) when template.StartsWith("admin/users/", StringComparison.Ordinal) => InstitutionUserId.ToString(),
        ("id", _) when template.StartsWith("notifications/", StringComparison.Ordinal) => NotificationId.ToString(),
        ("designId", _) when template.Contains("/cohorts", StringComparison.Ordinal) => PublishedDesignId.ToString(),
        ("designId", _) => DesignId.ToString(),
        ("number", _) when template.Contains("/steps/", StringComparison.Ordinal) => "6",
        ("number", _) => "1",
        ("reviewId", _) => ReviewId.ToString(),
        ("evaluationId", _) => EvaluationId.ToString(),
        ("actionId", _) => ActionId.ToString(),
        ("commentId", _) => CommentId.ToString(),
        ("verb", _) => "reply",
        ("guestId", _) => GuestId.ToString(),
        ("token", _) => GuestToken,
        ("cohortId", _) when template.Contains("credentials", StringComparison.Ordinal) || template.Contains("certificates", StringComparison.Ordinal) => FinalisedCohortId.ToString(),
        ("cohortId", _) => OpenCohortId.ToString(),
        ("learnerId", _) => LearnerId.ToString(),
        ("importId", _) => ImportId,
        ("recordId", _) when template.Contains("/boards/", StringComparison.Ordinal) => BoardApprovalId.ToString(),
        ("recordId", _) when template.Contains("/signatures/", StringComparison.Ordinal) => SignatureId.ToString(),
        ("recordId", _) when template.Contains("/external-reviews/", StringComparison.Ordinal) => ExternalReviewId.ToString(),
        ("userId", _) => TeamMemberToRemoveId.ToString(),
        ("publicId", _) => CredentialPublicId,
        ("institutionId", _) => DemoAccounts.UniversityNl.ToString(),
        ("code", _) => "404",
        _ => throw new InvalidOperationException($"No test data for {{{parameter}}} in '{template}': add a real id to MatrixWorld.ValueFor."),
    };

    /// <summary>Words only the team, its reviewers or the issuing office may see; the NL course designer is a colleague of the staff but not on the team.</summary>
    public IEnumerable<string> PrivateMarkers(Persona persona)
    {
        string[] teamAndLearners = ["Matrix design", "Matrix improvement action", "Please say how LO1 is assessed.", "Gita Guest", "gita.guest@matrix.test", "M-001", "M-101", "m-001@learners.example", "Matrix open", "Matrix finalised", "Ivo Invited"];
        return persona == Persona.CourseDesigner ? teamAndLearners : [.. teamAndLearners, "Quentin Janssen", "qa.officer@microcred.demo", "Lotte de Vries", "Ines van Dijk"];
    }

    public string Url(string template) =>
        "/" + RouteParameter().Replace(template.TrimStart('/'), m => Uri.EscapeDataString(ValueFor(template, m.Groups[1].Value)));

    public Task DisposeAsync()
    {
        foreach (var browser in Browsers.Values)
        {
            browser.Dispose();
        }

        App.Dispose();
        return Task.CompletedTask;
    }

    private async Task AddUserAsync(string email, string name, Guid institutionId, string role)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, InstitutionId = institutionId, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"https?://\S+/guest/[A-Za-z0-9_\-%]+")]
    private static partial Regex GuestLink();
}
