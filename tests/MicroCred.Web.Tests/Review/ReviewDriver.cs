using System.Net;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Review;

/// <summary>The review loop as users drive it over HTTP: submit, claim, comment, answer, decide. Each call asserts nothing but what it must read.</summary>
public sealed class ReviewDriver(MicroCredFactory factory)
{
    public const string Leader = "leader@microcred.demo";
    public const string Member = "partner.es@microcred.demo";
    public const string Officer = "qa.officer@microcred.demo";
    public const string InstitutionAdmin = "institution.admin@microcred.demo";
    public const string Outsider = "outsider@microcred.demo";

    public MicroCredFactory Factory => factory;

    public async Task<TestBrowser> SignInAsync(string email)
    {
        var browser = factory.Browser();
        await browser.LoginAsync(email);
        return browser;
    }

    public Task<Guid> DesignIdAsync(string title) =>
        factory.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());

    public Task<Guid> UserIdAsync(string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>A second QA officer (the demo data has one), of the given institution.</summary>
    public async Task<Guid> AddQaOfficerAsync(string email, string name, Guid institutionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, InstitutionId = institutionId, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, Infrastructure.Seeding.DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.QaOfficer)).Succeeded);
        return user.Id;
    }

    public static async Task<TestBrowser.Page> PostWithTokenAsync(TestBrowser browser, string tokenPage, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetAsync(tokenPage);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {tokenPage} answered {(int)page.Status}.");
        return await browser.PostAsync(url, fields, page.AnyAntiforgeryToken());
    }

    public static Task<TestBrowser.Page> SubmitAsync(TestBrowser browser, Guid designId) =>
        PostWithTokenAsync(browser, $"/designs/{designId}", $"/designs/{designId}/submit", []);

    public Task<Guid> OpenReviewIdAsync(Guid designId) =>
        factory.WithDbAsync(db => db.Reviews.Where(r => r.DesignId == designId && r.State != ReviewState.Decided).Select(r => r.Id).SingleAsync());

    public static Task<TestBrowser.Page> ClaimAsync(TestBrowser browser, Guid reviewId) =>
        PostWithTokenAsync(browser, "/", $"/reviews/{reviewId}/claim", []);

    public static Task<TestBrowser.Page> CommentAsync(TestBrowser browser, Guid reviewId, int step, string text, string? field = null, Guid? row = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Step", step.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Text", text) };
        if (field is not null)
        {
            fields.Add(new("FieldPath", field));
        }

        if (row is not null)
        {
            fields.Add(new("RowId", row.Value.ToString()));
        }

        return PostWithTokenAsync(browser, "/", $"/reviews/{reviewId}/comments", fields);
    }

    /// <summary>Posts a reply (or resolve/close/reopen) with the thread version the user saw.</summary>
    public async Task<TestBrowser.Page> ThreadActionAsync(TestBrowser browser, Guid commentId, string action, string? text = null, Guid? seenVersion = null)
    {
        var version = seenVersion ?? await factory.WithDbAsync(db => db.ReviewComments.Where(c => c.Id == commentId).Select(c => c.Version).SingleAsync());
        var fields = new List<KeyValuePair<string, string>> { new("Version", version.ToString()) };
        if (text is not null)
        {
            fields.Add(new("Text", text));
        }

        return await PostWithTokenAsync(browser, "/", $"/comments/{commentId}/{action}", fields);
    }

    /// <summary>Fills the gate's checklist (every criterion met unless given) and posts the decision.</summary>
    public static async Task<TestBrowser.Page> DecideAsync(
        TestBrowser browser, Guid reviewId, Gate gate, DecisionOutcome outcome, string summary, bool confirmed = true, Verdict verdict = Verdict.Met, string? remark = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Outcome", outcome.ToString()), new("Summary", summary) };
        if (confirmed)
        {
            fields.Add(new("Confirmed", "true"));
        }

        var i = 0;
        foreach (var c in GateChecklist.For(gate))
        {
            fields.Add(new($"Verdicts[{i}].CriterionId", c.Id));
            fields.Add(new($"Verdicts[{i}].Verdict", verdict.ToString()));
            if (remark is not null)
            {
                fields.Add(new($"Verdicts[{i}].Remark", remark));
            }

            i++;
        }

        return await PostWithTokenAsync(browser, $"/reviews/{reviewId}/decision", $"/reviews/{reviewId}/decision", fields);
    }

    public static string Flash(TestBrowser.Page page) => page.Document.QuerySelector("main .alert-success")?.TextContent.Trim() ?? "";

    /// <summary>Follows a redirect and returns the page it leads to.</summary>
    public static async Task<TestBrowser.Page> FollowAsync(TestBrowser browser, TestBrowser.Page page)
    {
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)page.Status}: {page.Text[..Math.Min(600, page.Text.Length)]}");
        return await browser.GetAsync(page.Location!.OriginalString);
    }

    /// <summary>Records what G3 needs outside the content (board approvals, signatures, external reviews), as the review-extras screens will.</summary>
    public async Task RecordPublicationFactsAsync(Guid designId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.MicroCredDbContext>();
        var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
        var steps = await db.DesignSteps.Where(s => s.DesignId == designId).ToListAsync();
        var content = Domain.Designs.DesignContentJson.Assemble(steps);
        var now = factory.Clock.Now;
        var leaderId = await db.Users.Where(u => u.Email == Leader).Select(u => u.Id).SingleAsync();
        var admin = Actor.Of(await db.Users.Where(u => u.Email == InstitutionAdmin).Select(u => u.Id).SingleAsync(), "Ines van Dijk",
            Infrastructure.Seeding.DemoAccounts.UniversityNl, Roles.InstitutionAdmin);
        // Board approvals typed into step 5 of a demo design are already on record (moved there on start); the others are added.
        var approved = await db.ProgrammeBoardApprovals.Where(a => a.DesignId == designId).Select(a => a.BoardId).ToListAsync();
        foreach (var board in content.SupportServices.ProgrammeBoards.Where(b => !approved.Contains(b.Id)))
        {
            var (approval, entry) = ProgrammeBoardApproval.Record(design, board.Id, board.BoardName ?? "Programme board",
                DateOnly.FromDateTime(now.UtcDateTime).AddDays(-3), "Minutes 2026-11", admin, now);
            db.ProgrammeBoardApprovals.Add(approval);
            db.TimelineEntries.Add(entry);
        }

        // The demo design's signatures typed into step 21 are already on record (moved there on start); the others are added.
        var signatures = await db.AgreementSignatures.Where(s => s.DesignId == designId).ToListAsync();
        foreach (var partner in content.Partnership.Partners.Where(p => !signatures.Any(s => s.PartnerId == p.Id)))
        {
            var (signature, entry) = AgreementSignature.Record(design, content, partner.Id, "Signer of " + (partner.ContactName ?? "partner"), "Rector",
                now.AddDays(-2), signatures, Actor.Of(leaderId, "Lotte de Vries", Infrastructure.Seeding.DemoAccounts.UniversityNl, Roles.CourseDesigner), now);
            signatures.Add(signature);
            db.AgreementSignatures.Add(signature);
            db.TimelineEntries.Add(entry);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Saves a step as the step page posts it, with the step version the page showed.</summary>
    public async Task<TestBrowser.Page> SaveStepAsync(TestBrowser browser, Guid designId, Domain.Designs.WizardStep step, object content)
    {
        var definition = factory.Services.GetRequiredService<Features.Wizard.Engine.StepDefinitions>().Get(step);
        var fields = Wizard.StepForms.Fields(definition, content);
        fields.Add(new("command", "return"));
        fields.Add(new(Features.Wizard.StepHandler.CompleteField, "true"));
        var url = $"/designs/{designId}/steps/{(int)step}";
        var page = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        fields.Add(new(Features.Wizard.StepHandler.VersionField, page.Document.QuerySelector("input[name=__version]")!.GetAttribute("value")!));
        return await browser.PostAsync(url, fields, page.AntiforgeryToken());
    }

    public async Task<T> StoredStepAsync<T>(Guid designId, Domain.Designs.WizardStep step) =>
        (T)Domain.Designs.DesignContentJson.Deserialize(step, await StoredJsonAsync(designId, step));

    public Task<string> StoredJsonAsync(Guid designId, Domain.Designs.WizardStep step) =>
        factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == step).Select(s => s.ContentJson).SingleAsync());

    public async Task RecordExternalReviewsAsync(Guid designId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.MicroCredDbContext>();
        var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
        var officer = Actor.Of(await db.Users.Where(u => u.Email == Officer).Select(u => u.Id).SingleAsync(), "Quentin Janssen",
            Infrastructure.Seeding.DemoAccounts.UniversityNl, Roles.QaOfficer);
        foreach (var stage in Enum.GetValues<ExternalReviewStage>())
        {
            var (record, entry) = ExternalPeerReviewRecord.Record(design, stage, "Dr. External Peer", GuestKind.Academic, "Sound and coherent.", officer, factory.Clock.Now);
            db.ExternalPeerReviewRecords.Add(record);
            db.TimelineEntries.Add(entry);
        }

        await db.SaveChangesAsync();
    }
}
