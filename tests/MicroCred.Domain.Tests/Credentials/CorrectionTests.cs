using MicroCred.Domain.Credentials;

namespace MicroCred.Domain.Tests.Credentials;

public class CorrectionTests
{
    private static (CohortScenario S, IssuedCredential Credential) Issued()
    {
        var s = new CohortScenario();
        var learner = s.Cohort.AddLearner(CohortScenario.Learner("S1", LearnerResult.Passed, 8.5m, family: "Bakkre"), s.Admin, s.Tick());
        s.Cohort.FinaliseResults(s.Admin, s.Tick());
        return (s, s.Issue([learner.Id]).Issued.Single());
    }

    private static CorrectedFacts Fixed(IssuedCredential credential) => CorrectedFacts.Of(credential.ReadContent()) with { FamilyName = "Bakker" };

    [Fact]
    public void A_correction_supersedes_the_original_and_keeps_the_award_date_and_records_who_changed_what_and_why()
    {
        var (s, original) = Issued();
        var now = s.Tick().AddDays(30);

        var result = CredentialCorrection.Correct(original, Fixed(original), "  Family name was misspelt.  ", s.Admin, now);

        var replacement = result.Replacement;
        Assert.Equal(now, original.SupersededAt);
        Assert.Equal(replacement.Id, original.SupersededById);
        Assert.Equal(original.Id, replacement.CorrectsId);
        Assert.Equal(original.IssuedAt, replacement.IssuedAt);
        Assert.Equal(original.ReadContent().IssuedOn, replacement.ReadContent().IssuedOn);
        Assert.NotEqual(original.PublicId, replacement.PublicId);
        Assert.Equal(replacement.PublicId, replacement.ReadContent().CredentialId);
        Assert.Equal("Noor Bakker", replacement.ReadContent().LearnerFullName);
        Assert.Equal("Noor Bakkre", original.ReadContent().LearnerFullName);
        Assert.True(original.IsIntact());
        Assert.True(replacement.IsIntact());
        Assert.Equal("Family name: Bakkre → Bakker", replacement.CorrectionChanges);
        Assert.Equal("Family name was misspelt.", replacement.CorrectionReason);
        Assert.Equal(now, replacement.CorrectedAt);
        Assert.Equal(s.Admin.Name, replacement.CorrectedByName);
        Assert.Equal(original.CohortId, replacement.CohortId);
        Assert.Equal(original.LearnerId, replacement.LearnerId);
        Assert.Null(replacement.Seal);
        Assert.Null(replacement.StatusListIndex);
    }

    [Fact]
    public void Grade_and_form_of_participation_are_listed_old_to_new()
    {
        var (s, original) = Issued();
        var facts = CorrectedFacts.Of(original.ReadContent()) with { Grade = "9 / 10", Participation = "Online, with one week on campus" };

        var replacement = CredentialCorrection.Correct(original, facts, "Grade and form corrected.", s.Admin, s.Tick()).Replacement;

        var changes = replacement.CorrectionChanges!.Split('\n');
        Assert.Equal(2, changes.Length);
        Assert.StartsWith("Grade: ", changes[0], StringComparison.Ordinal);
        Assert.EndsWith("→ 9 / 10", changes[0], StringComparison.Ordinal);
        Assert.EndsWith("→ Online, with one week on campus", changes[1], StringComparison.Ordinal);
        Assert.Equal("9 / 10", replacement.ReadContent().Grade);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void The_reason_is_required(string? reason)
    {
        var (s, original) = Issued();

        var error = Assert.Throws<CorrectionRefusedException>(() => CredentialCorrection.Correct(original, Fixed(original), reason, s.Admin, s.Tick()));

        Assert.Equal("Reason", error.Field);
        Assert.Null(original.SupersededAt);
    }

    [Fact]
    public void The_reason_has_at_most_1000_characters()
    {
        var (s, original) = Issued();

        var error = Assert.Throws<CorrectionRefusedException>(() => CredentialCorrection.Correct(original, Fixed(original), new string('x', 1001), s.Admin, s.Tick()));
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
        CredentialCorrection.Correct(original, Fixed(original), new string('x', 1000), s.Admin, s.Tick());
    }

    [Fact]
    public void Only_an_administrator_of_the_issuing_institution_corrects()
    {
        var (s, original) = Issued();

        Assert.Throws<CorrectionRefusedException>(() => CredentialCorrection.Correct(original, Fixed(original), "Misspelt.", s.OtherAdmin, s.Tick()));
        Assert.Null(original.SupersededAt);
    }

    [Fact]
    public void A_superseded_credential_cannot_be_corrected_again()
    {
        var (s, original) = Issued();
        CredentialCorrection.Correct(original, Fixed(original), "Misspelt.", s.Admin, s.Tick());

        var error = Assert.Throws<CorrectionRefusedException>(() =>
            CredentialCorrection.Correct(original, Fixed(original) with { GivenNames = "Nora" }, "Again.", s.Admin, s.Tick()));
        Assert.Contains("already replaced", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_changed_is_refused_with_a_message()
    {
        var (s, original) = Issued();

        var error = Assert.Throws<CorrectionRefusedException>(() =>
            CredentialCorrection.Correct(original, CorrectedFacts.Of(original.ReadContent()) with { FamilyName = " Bakkre " }, "No change.", s.Admin, s.Tick()));
        Assert.Contains("Nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.Null(original.SupersededAt);
    }

    [Fact]
    public void A_name_is_required()
    {
        var (s, original) = Issued();

        var error = Assert.Throws<CorrectionRefusedException>(() =>
            CredentialCorrection.Correct(original, Fixed(original) with { GivenNames = " ", FamilyName = "" }, "Name.", s.Admin, s.Tick()));
        Assert.Equal(nameof(CorrectedFacts.FamilyName), error.Field);
    }

    [Fact]
    public void A_revoked_credential_can_be_corrected_and_its_replacement_is_not_revoked()
    {
        var (s, original) = Issued();
        original.Revoke(s.Admin, "Wrong name printed.", s.Tick());

        var replacement = CredentialCorrection.Correct(original, Fixed(original), "Reissued with the right name.", s.Admin, s.Tick()).Replacement;

        Assert.True(original.IsRevoked);
        Assert.False(replacement.IsRevoked);
    }
}
