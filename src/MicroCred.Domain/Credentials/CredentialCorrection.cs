using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Credentials;

/// <summary>The learner and result facts an administrator may correct on an issued credential, as the certificate prints them.</summary>
public sealed record CorrectedFacts(string GivenNames, string FamilyName, string? Grade, string Participation)
{
    public const int GradeMaxLength = 100;
    public const int ParticipationMaxLength = 500;

    /// <summary>The facts as the credential states them now (the form starts from these).</summary>
    public static CorrectedFacts Of(CredentialContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new CorrectedFacts(content.LearnerGivenNames, content.LearnerFamilyName, content.Grade, content.Participation);
    }
}

/// <summary>A refused correction: the message and, when it concerns one field, that field's name (for the form).</summary>
public sealed class CorrectionRefusedException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>The outcome of a correction: the replaced credential (now superseded) and its corrected successor.</summary>
public sealed record CorrectionResult(IssuedCredential Original, IssuedCredential Replacement);

/// <summary>
/// Correct and reissue: an administrator of the issuing institution fixes the learner or result facts of an issued credential
/// (a misspelt name, a wrong grade, the wrong form of participation) and gives the reason. The original is marked
/// superseded by a new credential with a new public id, the corrected content, the original award date and a record of who
/// changed what and why. The original stays verifiable (as superseded); its revocation bit is left as it was.
/// </summary>
public static class CredentialCorrection
{
    public static CorrectionResult Correct(IssuedCredential original, CorrectedFacts facts, string? reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        if (!Cohort.MayManage(actor, original.IssuingInstitutionId))
        {
            throw new CorrectionRefusedException("Only an institution administrator of the issuing institution can correct this credential.");
        }

        if (original.IsSuperseded)
        {
            throw new CorrectionRefusedException($"This credential was already replaced by a corrected one on {Dates.Long(original.SupersededAt!.Value)}; correct that one instead.");
        }

        var given = (facts.GivenNames ?? "").Trim();
        var family = (facts.FamilyName ?? "").Trim();
        var grade = string.IsNullOrWhiteSpace(facts.Grade) ? null : facts.Grade.Trim();
        var participation = (facts.Participation ?? "").Trim();
        if (!LearnerRules.HasName(given, family))
        {
            throw new CorrectionRefusedException(LearnerRules.NameMissing, nameof(CorrectedFacts.FamilyName));
        }

        if (given.Length > Learner.NameMaxLength)
        {
            throw new CorrectionRefusedException($"The given names can be at most {Learner.NameMaxLength} characters.", nameof(CorrectedFacts.GivenNames));
        }

        if (family.Length > Learner.NameMaxLength)
        {
            throw new CorrectionRefusedException($"The family name can be at most {Learner.NameMaxLength} characters.", nameof(CorrectedFacts.FamilyName));
        }

        if (grade is { Length: > CorrectedFacts.GradeMaxLength })
        {
            throw new CorrectionRefusedException($"The grade can be at most {CorrectedFacts.GradeMaxLength} characters.", nameof(CorrectedFacts.Grade));
        }

        if (participation.Length == 0)
        {
            throw new CorrectionRefusedException("Describe the form of participation; the certificate prints it.", nameof(CorrectedFacts.Participation));
        }

        if (participation.Length > CorrectedFacts.ParticipationMaxLength)
        {
            throw new CorrectionRefusedException($"The form of participation can be at most {CorrectedFacts.ParticipationMaxLength} characters.", nameof(CorrectedFacts.Participation));
        }

        var trimmedReason = (reason ?? "").Trim();
        if (trimmedReason.Length == 0)
        {
            throw new CorrectionRefusedException("Give the reason for the correction; it is kept with the corrected credential.", "Reason");
        }

        if (trimmedReason.Length > IssuedCredential.ReasonMaxLength)
        {
            throw new CorrectionRefusedException($"The reason can be at most {IssuedCredential.ReasonMaxLength} characters.", "Reason");
        }

        var content = original.ReadContent();
        var changes = new List<string>();
        void Compare(string label, string? before, string? after)
        {
            if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
            {
                changes.Add($"{label}: {(string.IsNullOrEmpty(before) ? "(none)" : before)} → {(string.IsNullOrEmpty(after) ? "(none)" : after)}");
            }
        }

        Compare("Given names", content.LearnerGivenNames, given);
        Compare("Family name", content.LearnerFamilyName, family);
        Compare("Grade", content.Grade, grade);
        Compare("Form of participation", content.Participation, participation);
        if (changes.Count == 0)
        {
            throw new CorrectionRefusedException("Nothing was changed: correct at least one of the details, or leave the credential as it is.");
        }

        var publicId = SecretToken.New();
        var corrected = content with
        {
            CredentialId = publicId,
            LearnerGivenNames = given,
            LearnerFamilyName = family,
            Grade = grade,
            Participation = participation,
        };
        var replacement = IssuedCredential.CorrectionOf(original, publicId, CredentialJson.Serialize(corrected), actor, now, trimmedReason, string.Join("\n", changes));
        original.SupersedeBy(replacement.Id, now);
        return new CorrectionResult(original, replacement);
    }
}
