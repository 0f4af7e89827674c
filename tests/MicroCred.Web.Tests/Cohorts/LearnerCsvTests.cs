using System.Text;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Web.Features.Cohorts;

namespace MicroCred.Web.Tests.Cohorts;

/// <summary>The CSV reader on its own: quoting, line numbers and the per-row rules, without HTTP.</summary>
public class LearnerCsvTests
{
    private static readonly LearnerForm.Validator Validator = new();
    private static readonly DateTimeOffset Now = new(2027, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Quoted_values_may_hold_the_separator_and_line_numbers_count_blank_and_wrapped_lines()
    {
        var csv = "learner_id,given_names,family_name,result\n"
            + "Q-1,\"Anna, Maria\",Berg,passed\n"
            + "\n"
            + "Q-2,\"Line\nbreak\",Dahl,passed\n"
            + "Q-3,,,passed\n";

        var reading = LearnerCsv.Read(Encoding.UTF8.GetBytes(csv), Cohort(), Validator);

        Assert.Null(reading.FileProblem);
        Assert.Equal("Anna, Maria", reading.Rows[0].Details!.GivenNames);
        Assert.Equal([2, 4, 6], reading.Rows.Select(r => r.Line));
        Assert.False(reading.Rows[2].IsGood);
        Assert.Contains("family name", reading.Rows[2].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_more_values_than_columns_is_flagged_rather_than_shifted()
    {
        var reading = LearnerCsv.Read(Encoding.UTF8.GetBytes("learner_id,family_name\nX-1,Berg,Anna\n"), Cohort(), Validator);

        Assert.Contains("more values than there are columns", Assert.Single(reading.Rows).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_refuses_the_whole_file_and_names_it()
    {
        var reading = LearnerCsv.Read(Encoding.UTF8.GetBytes("given_names,family_name\nAnna,Berg\n"), Cohort(), Validator);

        Assert.Contains("missing: learner_id", reading.FileProblem, StringComparison.Ordinal);
        Assert.Empty(reading.Rows);
    }

    private static Cohort Cohort()
    {
        var nl = Guid.NewGuid();
        var sample = SampleDesigns.Complete(nl, Guid.NewGuid(), Guid.NewGuid());
        var leader = Actor.Of(Guid.NewGuid(), "Lead", nl, Roles.CourseDesigner);
        var qa = Actor.Of(Guid.NewGuid(), "Qa", nl, Roles.QaOfficer);
        var admin = Actor.Of(Guid.NewGuid(), "Admin", nl, Roles.InstitutionAdmin);
        var design = CourseDesign.Start(sample.Title, nl, leader.UserId, nl, Now);
        var content = sample.Content;
        var boards = content.SupportServices.ProgrammeBoards
            .Select(b => ProgrammeBoardApproval.Record(design, b.Id, b.BoardName, new DateOnly(2027, 3, 1), "Minutes", admin, Now).Approval).ToList();
        var signatures = new List<AgreementSignature>();
        foreach (var p in content.Partnership.Partners.Where(p => p.PartnerRole is PartnerRole.LeadInstitution or PartnerRole.FullPartner))
        {
            signatures.Add(AgreementSignature.Record(design, content, p.Id, "Signer", "Rector", Now.AddDays(-1), signatures, admin, Now).Signature);
        }

        var external = new[] { ExternalReviewStage.Design, ExternalReviewStage.Development }
            .Select(s => ExternalPeerReviewRecord.Record(design, s, "Reviewer", GuestKind.Academic, "Fine.", qa, Now).Record).ToList();
        var facts = new GateFacts(boards, signatures, external);
        var findings = Domain.Checks.DesignChecks.Run(sample.ToCheckContext(new DateOnly(2027, 5, 1)));
        DesignVersion version = null!;
        foreach (var gate in new[] { Domain.Checks.Gate.G1, Domain.Checks.Gate.G2, Domain.Checks.Gate.G3 })
        {
            var s = design.Submit(leader, content, findings, facts, Now);
            s.Review.Claim(qa, design, Now);
            design.Decide(s.Review, s.Version, qa, DecisionOutcome.Approved, "Fine.",
                [.. GateChecklist.For(gate).Select(c => new CriterionVerdict(c.Id, Verdict.Met, null))], Now);
            version = s.Version;
        }

        return Domain.Credentials.Cohort.Start(design, version, new CohortDetails("Test", null, new DateOnly(2027, 9, 1), new DateOnly(2027, 12, 1), DeliveryMode.Blended), admin, Now);
    }
}
