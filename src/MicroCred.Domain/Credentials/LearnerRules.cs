using System.Globalization;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Credentials;

/// <summary>A problem with one field of a learner's details (<see cref="Field"/> is a <see cref="LearnerDetails"/> property name).</summary>
public sealed record LearnerProblem(string Field, string Message);

/// <summary>Rules for a learner's details within a cohort; each problem is a sentence the user can act on.</summary>
public static class LearnerRules
{
    /// <summary>The one name rule of the hand form and the CSV import, as the pages and the template state it.</summary>
    public const string NameRule =
        "Each learner needs at least one name: given names, family name or both. For someone with a single name, fill in either one.";

    public const string NameMissing = "Enter the learner's name: given names, family name or both.";

    /// <summary>At least one name (given names or family name) is filled in.</summary>
    public static bool HasName(string? givenNames, string? familyName) =>
        !string.IsNullOrWhiteSpace(givenNames) || !string.IsNullOrWhiteSpace(familyName);

    public static string? Problem(LearnerDetails d, Cohort cohort, Guid? learnerId) => Check(d, cohort, learnerId)?.Message;

    /// <summary>The first problem with the details, naming the field it belongs to, or null when they may be stored.</summary>
    public static LearnerProblem? Check(LearnerDetails d, Cohort cohort, Guid? learnerId)
    {
        var problem = Find(d, cohort, learnerId);
        return problem is null ? null : new LearnerProblem(problem.Value.Field, problem.Value.Message);
    }

    private static (string Field, string Message)? Find(LearnerDetails d, Cohort cohort, Guid? learnerId)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(cohort);
        if (!HasName(d.GivenNames, d.FamilyName))
        {
            return (nameof(d.FamilyName), NameMissing);
        }

        if ((d.GivenNames?.Trim().Length ?? 0) > Learner.NameMaxLength || (d.FamilyName?.Trim().Length ?? 0) > Learner.NameMaxLength)
        {
            return ((d.GivenNames?.Trim().Length ?? 0) > Learner.NameMaxLength ? nameof(d.GivenNames) : nameof(d.FamilyName), $"Names can be at most {Learner.NameMaxLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(d.LearnerIdentifier))
        {
            return (nameof(d.LearnerIdentifier), "Enter the learner identifier (the student number at the issuing institution).");
        }

        if (d.LearnerIdentifier.Trim().Length > Learner.IdentifierMaxLength)
        {
            return (nameof(d.LearnerIdentifier), $"The learner identifier can be at most {Learner.IdentifierMaxLength} characters.");
        }

        var key = Learner.KeyOf(d.LearnerIdentifier);
        if (cohort.Learners.Any(l => l.IdentifierKey == key && l.Id != learnerId))
        {
            return (nameof(d.LearnerIdentifier), $"Another learner in this cohort already has the identifier {d.LearnerIdentifier.Trim()}.");
        }

        if (!string.IsNullOrWhiteSpace(d.Email))
        {
            var email = d.Email.Trim();
            var at = email.IndexOf('@', StringComparison.Ordinal);
            if (email.Length > Learner.EmailMaxLength || at <= 0 || at == email.Length - 1 || email.Contains(' ', StringComparison.Ordinal))
            {
                return (nameof(d.Email), "Enter the e-mail address in the form name@example.org.");
            }
        }

        if (d.DateOfBirth is { } dob && dob >= cohort.StartsOn)
        {
            return (nameof(d.DateOfBirth), "The date of birth must be before the start of the run.");
        }

        if (d.CompletedOn is { } done && done < cohort.StartsOn)
        {
            return (nameof(d.CompletedOn), "The completion date cannot be before the start of the run.");
        }

        return GradeProblem(d.Result, d.Grade, cohort.GradingScale, cohort.PassMark) is { } grade ? (nameof(d.Grade), grade) : null;
    }

    /// <summary>Checks a grade against the common scale and pass mark of the design (W13).</summary>
    public static string? GradeProblem(LearnerResult? result, decimal? grade, GradingScale? scale, decimal? passMark)
    {
        if (grade is not { } g)
        {
            return null;
        }

        if (result is null)
        {
            return "Enter the result before the grade.";
        }

        if (result == LearnerResult.AttendanceOnly)
        {
            return "A learner who took part without assessment has no grade.";
        }

        if (scale == GradingScale.PassFail)
        {
            return $"This course is graded pass or fail, so the grade {Format(g)} cannot be recorded; leave the grade empty.";
        }

        if (Maximum(scale) is { } max && (g < 0 || g > max))
        {
            return $"{Format(g)} is not on this course's {ScaleText(max, passMark)}.";
        }

        if (g < 0)
        {
            return $"{Format(g)} is not a grade: grades cannot be negative.";
        }

        // Only scales where a higher grade is better; 1–5 scales run both ways across Europe.
        if (passMark is { } pass && scale is GradingScale.OneToTen or GradingScale.OneToTwenty or GradingScale.OneToThirty)
        {
            if (result == LearnerResult.Passed && g < pass)
            {
                return $"A grade of {Format(g)} is below the pass mark of {Format(pass)}, so the result cannot be 'passed'.";
            }

            if (result == LearnerResult.Failed && g >= pass)
            {
                return $"A grade of {Format(g)} reaches the pass mark of {Format(pass)}, so the result cannot be 'failed'.";
            }
        }

        return null;
    }

    /// <summary>"0–10 scale (pass 5.5)": the range grades are checked against, with the pass mark when the course has one.</summary>
    private static string ScaleText(decimal max, decimal? passMark) =>
        $"0–{Format(max)} scale" + (passMark is { } p ? $" (pass {Format(p)})" : "");

    public static decimal? Maximum(GradingScale? scale) => scale switch
    {
        GradingScale.OneToTen => 10m,
        GradingScale.OneToTwenty => 20m,
        GradingScale.OneToThirty => 30m,
        GradingScale.OneToFive => 5m,
        _ => null,
    };

    /// <summary>The grade as printed on a certificate, with the scale and pass mark so a reader can place it.</summary>
    public static string? Printed(decimal? grade, GradingScale? scale, decimal? passMark)
    {
        if (grade is not { } g)
        {
            return null;
        }

        var max = Maximum(scale);
        var text = max is { } m ? $"{Format(g)} on a scale up to {Format(m)}" : Format(g);
        return passMark is { } p ? $"{text} (pass mark {Format(p)})" : text;
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
