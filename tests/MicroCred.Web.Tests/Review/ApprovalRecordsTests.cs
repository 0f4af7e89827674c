using System.Net;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Review;

/// <summary>The G2/G3 records page: external reviews, programme board approvals and agreement signatures, with the G3 conditions in words.</summary>
public sealed class ApprovalRecordsTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    [Fact]
    public async Task An_institution_administrator_records_the_approval_of_their_institutions_board()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Board approval");
        using var admin = factory.Browser();
        await admin.LoginAsync(ReviewSetup.InstitutionAdmin);
        var page = await admin.GetAsync(Url(designId));
        Assert.Contains("Not met Programme boards have approved the course", Squash(page.Text), StringComparison.Ordinal);
        var boardId = page.Document.QuerySelector("select#Board_BoardId option[value]:not([value=''])")!.GetAttribute("value")!;

        var saved = await admin.SubmitAsync(Url(designId), new Dictionary<string, string>
        {
            ["Board.BoardId"] = boardId,
            ["Board.Body"] = "Faculty board of Civil Engineering",
            ["Board.ApprovedOn"] = "2026-10-02",
            ["Board.Reference"] = "FB-2026-117",
        }, postUrl: $"{Url(designId)}/boards");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await admin.GetAsync(Url(designId));
        Assert.Contains("The approval by Faculty board of Civil Engineering is recorded.", after.Text, StringComparison.Ordinal);
        var row = Squash(after.Document.QuerySelector("#boards-heading")!.ParentElement!.QuerySelector("tbody tr")!.TextContent);
        Assert.Contains("Faculty board of Civil Engineering", row, StringComparison.Ordinal);
        Assert.Contains("2 October 2026", row, StringComparison.Ordinal);
        Assert.Contains("FB-2026-117", row, StringComparison.Ordinal);
        Assert.Contains("Ines van Dijk", row, StringComparison.Ordinal);
        Assert.Contains("Met Programme boards have approved the course", Squash(after.Text), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.TimelineEntries.AnyAsync(e => e.DesignId == designId && e.Summary.Contains("FB-2026-117"))));
    }

    [Fact]
    public async Task A_second_approval_of_the_same_board_is_refused_and_nothing_is_recorded_twice()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Board twice");
        using var admin = factory.Browser();
        await admin.LoginAsync(ReviewSetup.InstitutionAdmin);
        var page = await admin.GetAsync(Url(designId));
        var boardId = page.Document.QuerySelector("select#Board_BoardId option[value]:not([value=''])")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["Board.BoardId"] = boardId, ["Board.Body"] = "Faculty board", ["Board.ApprovedOn"] = "2026-10-02", ["Board.Reference"] = "FB-1",
        };

        var first = await admin.PostAsync($"{Url(designId)}/boards", fields, page.AntiforgeryToken());
        var second = await admin.PostAsync($"{Url(designId)}/boards", fields, page.AntiforgeryToken());

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains(second.ErrorSummary(), e => e.StartsWith("An approval of Board of the MSc Coastal and Delta Management is already on record.", StringComparison.Ordinal));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ProgrammeBoardApprovals.CountAsync(a => a.DesignId == designId)));
    }

    [Fact]
    public async Task A_board_approval_with_bad_input_shows_messages_next_to_the_fields_and_keeps_the_input()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Board bad input");
        using var admin = factory.Browser();
        await admin.LoginAsync(ReviewSetup.InstitutionAdmin);
        var future = factory.Clock.Now.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var page = await admin.SubmitAsync(Url(designId), new Dictionary<string, string>
        {
            ["Board.BoardId"] = "",
            ["Board.Body"] = "Faculty board",
            ["Board.ApprovedOn"] = future,
            ["Board.Reference"] = "",
        }, postUrl: $"{Url(designId)}/boards");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Choose the programme board that approved the course.", page.FieldError("Board_BoardId"));
        Assert.Equal("The approval date cannot be in the future.", page.FieldError("Board_ApprovedOn"));
        Assert.Equal("Enter the reference of the decision, such as the minutes number.", page.FieldError("Board_Reference"));
        Assert.Equal(3, page.ErrorSummary().Count);
        Assert.Equal("Faculty board", page.InputValue("Board_Body"));
        Assert.Equal(future, page.InputValue("Board_ApprovedOn"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeBoardApprovals.CountAsync(a => a.DesignId == designId)));
    }

    [Fact]
    public async Task A_team_member_records_their_own_partners_signature_but_not_another_partners()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Signatures");
        using var es = factory.Browser();
        await es.LoginAsync(ReviewSetup.PartnerEs);
        var page = await es.GetAsync(Url(designId));
        var options = page.Document.QuerySelectorAll("select#Signature_PartnerId option[value]:not([value=''])").ToList();
        var only = Assert.Single(options);
        Assert.Equal("Universitat de Llevant", only.TextContent);
        var ptPartner = await PartnerIdAsync(designId, DemoAccounts.UniversityPt);

        var refused = await es.SubmitAsync(Url(designId), Signature(ptPartner.ToString()), postUrl: $"{Url(designId)}/signatures");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.StartsWith("Choose a partner from the list.", refused.FieldError("Signature_PartnerId"), StringComparison.Ordinal);

        var saved = await es.SubmitAsync(Url(designId), Signature(only.GetAttribute("value")!), postUrl: $"{Url(designId)}/signatures");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await es.GetAsync(Url(designId));
        Assert.Contains("The signature for Universitat de Llevant is recorded.", after.Text, StringComparison.Ordinal);
        Assert.Contains("Dr. Elena Ruiz", after.Document.QuerySelector("#signatures-heading")!.ParentElement!.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("select#Signature_PartnerId"));

        // Two of the three partners have not signed yet: the condition names them.
        var conditions = Squash(after.Document.QuerySelector("#conditions-heading")!.ParentElement!.TextContent);
        Assert.Contains("Not met Every lead and full partner has signed the agreement", conditions, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AgreementSignatures.CountAsync(s => s.DesignId == designId)));
    }

    [Fact]
    public async Task A_signature_with_bad_input_is_refused_with_messages()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Signature bad input");
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        var page = await leader.SubmitAsync(Url(designId), new Dictionary<string, string>
        {
            ["Signature.PartnerId"] = (await PartnerIdAsync(designId, DemoAccounts.UniversityNl)).ToString(),
            ["Signature.SignerName"] = "",
            ["Signature.SignerRole"] = new string('r', 151),
            ["Signature.SignedOn"] = "not a date",
        }, postUrl: $"{Url(designId)}/signatures");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter the name of the person who signed.", page.FieldError("Signature_SignerName"));
        Assert.Equal("The role can have at most 150 characters.", page.FieldError("Signature_SignerRole"));
        Assert.NotNull(page.FieldError("Signature_SignedOn"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AgreementSignatures.CountAsync(s => s.DesignId == designId)));
    }

    [Fact]
    public async Task Records_cannot_be_removed_while_a_version_is_under_review_and_the_refusal_is_shown()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Removal refused");
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        var saved = await leader.SubmitAsync(Url(designId), Signature((await PartnerIdAsync(designId, DemoAccounts.UniversityNl)).ToString()), postUrl: $"{Url(designId)}/signatures");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var signatureId = await factory.WithDbAsync(db => db.AgreementSignatures.Where(s => s.DesignId == designId).Select(s => s.Id).SingleAsync());
        var page = await leader.GetAsync(Url(designId));
        Assert.NotNull(page.Document.QuerySelector($"form[action$='/signatures/{signatureId}/remove']"));
        await factory.SubmitAsync(designId);

        var refused = await leader.PostAsync($"{Url(designId)}/signatures/{signatureId}/remove", new Dictionary<string, string>(), page.AnyAntiforgeryToken());

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Version 1 is under review; records can be removed again after the decision.", refused.ErrorSummary(), StringComparer.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AgreementSignatures.CountAsync(s => s.DesignId == designId)));
    }

    [Fact]
    public async Task A_signature_is_removed_while_the_design_is_worked_on()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Removal allowed");
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        await leader.SubmitAsync(Url(designId), Signature((await PartnerIdAsync(designId, DemoAccounts.UniversityNl)).ToString()), postUrl: $"{Url(designId)}/signatures");
        var signatureId = await factory.WithDbAsync(db => db.AgreementSignatures.Where(s => s.DesignId == designId).Select(s => s.Id).SingleAsync());

        var removed = await leader.SubmitAsync(Url(designId), new Dictionary<string, string>(), postUrl: $"{Url(designId)}/signatures/{signatureId}/remove");

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Contains("is no longer on record", (await leader.GetAsync(Url(designId))).Text, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AgreementSignatures.CountAsync(s => s.DesignId == designId)));
    }

    [Fact]
    public async Task A_QA_officer_records_the_external_review_the_quality_plan_asks_for()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("External review");
        using var qa = factory.Browser();
        await qa.LoginAsync(ReviewSetup.Qa);
        var page = await qa.GetAsync(Url(designId));
        Assert.Contains("asks for an external peer review after the design phase", page.Text, StringComparison.Ordinal);
        Assert.Contains("Not met External peer reviews are on record", Squash(page.Text), StringComparison.Ordinal);

        var bad = await qa.SubmitAsync(Url(designId), new Dictionary<string, string> { ["External.Stage"] = "Design", ["External.ReviewerName"] = "Prof. Maria Costa" }, postUrl: $"{Url(designId)}/external-reviews");
        Assert.Equal("Summarise the reviewer's report.", bad.FieldError("External_Summary"));
        Assert.Equal("Prof. Maria Costa", bad.InputValue("External_ReviewerName"));

        var saved = await qa.SubmitAsync(Url(designId), new Dictionary<string, string>
        {
            ["External.Stage"] = "Design",
            ["External.ReviewerName"] = "Prof. Maria Costa",
            ["External.ReviewerKind"] = "Academic",
            ["External.Summary"] = "Coherent outcomes; the assessment plan could be lighter.",
        }, postUrl: $"{Url(designId)}/external-reviews");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var after = await qa.GetAsync(Url(designId));
        Assert.Contains("Met External peer reviews are on record", Squash(after.Text), StringComparison.Ordinal);
        Assert.Contains("Coherent outcomes; the assessment plan could be lighter.", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_member_who_is_not_the_leader_cannot_record_an_external_review()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("External refused");
        using var pt = factory.Browser();
        await pt.LoginAsync(ReviewSetup.PartnerPt);
        var page = await pt.GetAsync(Url(designId));
        Assert.Null(page.Document.QuerySelector("form[action$='/external-reviews']"));

        var refused = await pt.PostAsync($"{Url(designId)}/external-reviews", new Dictionary<string, string>
        {
            ["External.Stage"] = "Design", ["External.ReviewerName"] = "Someone", ["External.ReviewerKind"] = "Employer", ["External.Summary"] = "Fine.",
        }, page.AnyAntiforgeryToken());

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(refused.ErrorSummary(), e => e.StartsWith("Only a quality assurance officer", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ExternalPeerReviewRecords.CountAsync(r => r.DesignId == designId)));
    }

    [Fact]
    public async Task The_task_list_links_to_the_records_once_the_design_is_in_development()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Task list link");
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        Assert.Null((await leader.GetAsync($"/designs/{designId}")).Document.QuerySelector($"a[href='{Url(designId)}']"));

        await factory.SubmitAsync(designId);
        await factory.DecideAsync(designId, MicroCred.Domain.Reviews.DecisionOutcome.Approved, "Go ahead.");

        Assert.NotNull((await leader.GetAsync($"/designs/{designId}")).Document.QuerySelector($"a[href='{Url(designId)}']"));
    }

    [Theory]
    [InlineData(ReviewSetup.Outsider)]
    [InlineData(ReviewSetup.PlatformAdmin)]
    public async Task People_without_a_part_in_the_design_get_not_found_for_reading_and_writing(string email)
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Hidden records " + email);
        using var browser = factory.Browser();
        await browser.LoginAsync(email);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(Url(designId))).Status);

        var token = (await browser.GetAsync("/")).AnyAntiforgeryToken();
        var nl = (await PartnerIdAsync(designId, DemoAccounts.UniversityNl)).ToString();
        foreach (var (path, fields) in new[]
        {
            ("/signatures", Signature(nl)),
            ("/boards", new Dictionary<string, string> { ["Board.BoardId"] = Guid.NewGuid().ToString(), ["Board.Body"] = "B", ["Board.ApprovedOn"] = "2026-01-01", ["Board.Reference"] = "R" }),
            ("/external-reviews", new Dictionary<string, string> { ["External.Stage"] = "Design", ["External.ReviewerName"] = "X", ["External.ReviewerKind"] = "Academic", ["External.Summary"] = "Y" }),
            ($"/signatures/{Guid.NewGuid()}/remove", new Dictionary<string, string>()),
            ($"/boards/{Guid.NewGuid()}/remove", new Dictionary<string, string>()),
            ($"/external-reviews/{Guid.NewGuid()}/remove", new Dictionary<string, string>()),
        })
        {
            var response = await browser.PostAsync(Url(designId) + path, fields, token);
            Assert.True(response.Status == HttpStatusCode.NotFound, $"POST {path} answered {(int)response.Status} to {email}.");
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.AgreementSignatures.CountAsync(s => s.DesignId == designId)));
    }

    [Fact]
    public async Task Step_5_shows_each_boards_approval_read_only_and_its_check_reads_the_records()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Board approval read in step 5");
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);

        var step5 = await leader.GetAsync($"/designs/{designId}/steps/5");
        Assert.Empty(step5.Document.QuerySelectorAll("[name$='.ApprovalStatus'], [name*='.DecisionDate']"));
        var panel = step5.Document.QuerySelector(".board-approvals")!;
        Assert.Contains("no approval on record yet", panel.TextContent, StringComparison.Ordinal);
        Assert.NotNull(panel.QuerySelector($"a[href='{Url(designId)}']"));
        var finding = step5.Document.QuerySelector("section[aria-labelledby=step-checks] li.finding[data-rule='R-SUP-02']")!;
        Assert.Contains("needed for", finding.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("R-SUP", finding.TextContent, StringComparison.Ordinal);

        using var admin = factory.Browser();
        await admin.LoginAsync(ReviewSetup.InstitutionAdmin);
        var records = await admin.GetAsync(Url(designId));
        var boardId = records.Document.QuerySelector("select#Board_BoardId option[value]:not([value=''])")!.GetAttribute("value")!;
        var saved = await admin.SubmitAsync(Url(designId), new Dictionary<string, string>
        {
            ["Board.BoardId"] = boardId, ["Board.Body"] = "Board of the MSc", ["Board.ApprovedOn"] = "2026-10-02", ["Board.Reference"] = "MSc-2026-4",
        }, postUrl: $"{Url(designId)}/boards");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        step5 = await leader.GetAsync($"/designs/{designId}/steps/5");
        Assert.Contains("approval on record", step5.Document.QuerySelector(".board-approvals")!.TextContent.Replace("no approval on record yet", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Null(step5.Document.QuerySelector("li.finding[data-rule='R-SUP-02']"));
    }

    [Fact]
    public async Task An_approval_typed_in_step_5_before_is_moved_to_the_records_once_with_a_timeline_entry()
    {
        var designId = await factory.CopyOfCompleteDesignAsync("Board approval typed in step 5");
        var boardId = await factory.WithDbAsync(async db =>
        {
            var step = await db.DesignSteps.SingleAsync(s => s.DesignId == designId && s.Step == Domain.Designs.WizardStep.SupportServices);
            var support = (Domain.Designs.Steps.SupportServicesStep)Domain.Designs.DesignContentJson.Deserialize(step.Step, step.ContentJson);
            var board = support.ProgrammeBoards[0];
            board.ApprovalStatus = Domain.Designs.Steps.BoardApprovalStatus.Approved;
            board.DecisionDate = new DateOnly(2026, 9, 15);
            step.Save(Domain.Designs.DesignContentJson.Serialize(support), step.MarkedComplete, step.LastEditedById!.Value, factory.Clock.Now);
            await db.SaveChangesAsync();
            return board.Id;
        });

        var now = factory.Clock.Now;
        await factory.WithDbAsync(db => BoardApprovalCarryOver.RunAsync(db, now, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, default));
        await factory.WithDbAsync(db => BoardApprovalCarryOver.RunAsync(db, now, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, default));

        var approval = await factory.WithDbAsync(db => db.ProgrammeBoardApprovals.SingleAsync(a => a.DesignId == designId));
        Assert.Equal(boardId, approval.BoardId);
        Assert.Equal(new DateOnly(2026, 9, 15), approval.ApprovedOn);
        Assert.Equal(Domain.Reviews.ProgrammeBoardApproval.CarriedOverReference, approval.Reference);
        var entry = await factory.WithDbAsync(db => db.TimelineEntries.SingleAsync(e => e.DesignId == designId && e.Event == Domain.Reviews.TimelineEvent.ProgrammeBoardApprovalRecorded));
        Assert.Contains("typed in step 5", entry.Summary, StringComparison.Ordinal);
        var json = await factory.WithDbAsync(db => db.DesignSteps.Where(s => s.DesignId == designId && s.Step == Domain.Designs.WizardStep.SupportServices).Select(s => s.ContentJson).SingleAsync());
        var stored = (Domain.Designs.Steps.SupportServicesStep)Domain.Designs.DesignContentJson.Deserialize(Domain.Designs.WizardStep.SupportServices, json);
        Assert.All(stored.ProgrammeBoards, b => Assert.True(b.ApprovalStatus is null && b.DecisionDate is null));

        // The records page and step 5 now agree: the board's approval is on record.
        using var leader = factory.Browser();
        await leader.LoginAsync(ReviewSetup.Leader);
        var step5 = await leader.GetAsync($"/designs/{designId}/steps/5");
        Assert.Null(step5.Document.QuerySelector("li.finding[data-rule='R-SUP-02']"));
    }

    private static string Url(Guid designId) => $"/designs/{designId}/approvals";

    private static Dictionary<string, string> Signature(string partnerId) => new()
    {
        ["Signature.PartnerId"] = partnerId,
        ["Signature.SignerName"] = "Dr. Elena Ruiz",
        ["Signature.SignerRole"] = "Rector",
        ["Signature.SignedOn"] = "2026-09-15",
    };

    private Task<Guid> PartnerIdAsync(Guid designId, Guid institutionId) => factory.WithDbAsync(async db =>
    {
        var json = await db.DesignSteps.Where(s => s.DesignId == designId && s.Step == MicroCred.Domain.Designs.WizardStep.Partnership).Select(s => s.ContentJson).SingleAsync();
        var step = (MicroCred.Domain.Designs.Steps.PartnershipStep)MicroCred.Domain.Designs.DesignContentJson.Deserialize(MicroCred.Domain.Designs.WizardStep.Partnership, json);
        return step.Partners.Single(p => p.InstitutionId == institutionId).Id;
    });

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
