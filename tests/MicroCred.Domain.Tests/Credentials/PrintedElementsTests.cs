using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Tests.Credentials;

/// <summary>What an issued credential prints for element 10 (the cohort's form) and for learners who were not assessed.</summary>
public class PrintedElementsTests
{
    private const string PlannedMobility = "Co-creation lab week in Valencia";

    private static CohortScenario Run(DeliveryMode participation, bool includedMobility, out Learner passed, out Learner attendance)
    {
        var s = new CohortScenario();
        s.Cohort.Edit(CohortScenario.Details() with { Participation = participation, IncludedMobility = includedMobility }, s.Admin, s.Tick());
        passed = s.Add("S1", LearnerResult.Passed, 8.5m);
        attendance = s.Add("S2", LearnerResult.AttendanceOnly);
        s.Cohort.FinaliseResults(s.Admin, s.Tick());
        return s;
    }

    [Fact]
    public void An_online_cohort_prints_its_own_form_of_participation_not_the_courses_blended_plan()
    {
        var s = Run(DeliveryMode.OnlineSynchronous, includedMobility: false, out _, out _);

        var printed = s.Issue().Issued.Select(c => c.ReadContent().Participation).Distinct().Single();

        Assert.Equal("Online, in live sessions", printed);
        Assert.DoesNotContain("Blended", printed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Valencia", printed, StringComparison.Ordinal);
        Assert.Equal(printed, s.Cohort.ParticipationText);
    }

    [Fact]
    public void The_mobility_prints_only_when_the_run_included_it()
    {
        var with = Run(DeliveryMode.Blended, includedMobility: true, out _, out _);

        var printed = with.Issue().Issued.Select(c => c.ReadContent().Participation).Distinct().Single();

        Assert.Equal($"Blended (online and on site); included international mobility ({PlannedMobility})", printed);
        Assert.Equal(printed, with.Cohort.ParticipationText);
        Assert.Equal(PlannedMobility, with.Cohort.PlannedMobility);
    }

    [Fact]
    public void Only_physical_or_blended_activities_count_as_planned_mobility()
    {
        var s = new CohortScenario();
        var content = s.Version.ReadContent();
        Assert.Equal(PlannedMobility, CohortParticipation.PlannedMobility(content));

        content.InternationalMobility.Activities.ForEach(a => a.Mobility = MobilityKind.Virtual);

        Assert.Null(CohortParticipation.PlannedMobility(content));
    }

    [Fact]
    public void An_attendance_only_badge_says_the_outcomes_were_not_assessed_and_certifies_no_level()
    {
        var s = Run(DeliveryMode.Blended, includedMobility: false, out var passed, out var attendance);

        var issued = s.Issue().Issued;
        var badge = issued.Single(c => c.LearnerId == attendance.Id).ReadContent();
        var certificate = issued.Single(c => c.LearnerId == passed.Id).ReadContent();

        Assert.True(badge.AttendanceOnly);
        Assert.Equal(CredentialContentBuilder.NoLevelCertified, badge.Level);
        Assert.DoesNotContain("EQF", badge.Level, StringComparison.Ordinal);
        Assert.StartsWith("EQF 7", certificate.Level, StringComparison.Ordinal);
        Assert.Equal(certificate.LearningOutcomes, badge.LearningOutcomes);
    }
}
