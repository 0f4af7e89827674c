using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Shared;

namespace MicroCred.Web.Features.Cohorts;

/// <summary>Starting a cohort. Dates arrive as yyyy-MM-dd text from date inputs.</summary>
public sealed class CohortForm
{
    public Guid? Version { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Code")]
    public string? Code { get; set; }

    [Display(Name = "First day of the run")]
    public string? StartsOn { get; set; }

    [Display(Name = "Last day of the run")]
    public string? EndsOn { get; set; }

    [Display(Name = "Form of participation")]
    public DeliveryMode? Participation { get; set; }

    [Display(Name = "This run included the international mobility")]
    public bool IncludedMobility { get; set; }

    public static CohortForm From(Cohort c) => new()
    {
        Version = c.Version,
        Name = c.Name,
        Code = c.Code,
        StartsOn = FormValues.Text(c.StartsOn),
        EndsOn = FormValues.Text(c.EndsOn),
        Participation = c.Participation,
        IncludedMobility = c.IncludedMobility,
    };

    public CohortDetails ToDetails() =>
        new(Name!, Code, FormValues.Date(StartsOn)!.Value, FormValues.Date(EndsOn)!.Value, Participation!.Value, IncludedMobility);

    public sealed class Validator : AbstractValidator<CohortForm>
    {
        public Validator()
        {
            RuleFor(f => f.Name).NotEmpty().WithMessage("Give the cohort a name, for example \"Autumn 2027\".")
                .MaximumLength(Cohort.NameMaxLength).WithMessage($"The name can have at most {Cohort.NameMaxLength} characters.");
            RuleFor(f => f.Code).MaximumLength(Cohort.CodeMaxLength).WithMessage($"The code can have at most {Cohort.CodeMaxLength} characters.");
            RuleFor(f => f.StartsOn).NotEmpty().WithMessage("Enter the first day of the run.")
                .Must(FormValues.IsDate).WithMessage("Enter the first day as a date, for example 2027-09-01.");
            RuleFor(f => f.EndsOn).NotEmpty().WithMessage("Enter the last day of the run.")
                .Must(FormValues.IsDate).WithMessage("Enter the last day as a date, for example 2027-12-15.")
                .Must((f, end) => FormValues.Date(f.StartsOn) is not { } start || FormValues.Date(end) is not { } last || last >= start)
                .WithMessage("The last day cannot be before the first day.");
            RuleFor(f => f.Participation).NotNull().WithMessage("Choose how learners take part in this run.")
                .IsInEnum().WithMessage("Choose how learners take part in this run.");
        }
    }
}

/// <summary>A learner typed in by hand or read from one CSV row; the same validator checks both.</summary>
public sealed class LearnerForm
{
    public Guid? Version { get; set; }

    [Display(Name = "Given names")]
    public string? GivenNames { get; set; }

    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [Display(Name = "Learner identifier")]
    public string? LearnerIdentifier { get; set; }

    [Display(Name = "Date of birth")]
    public string? DateOfBirth { get; set; }

    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Display(Name = "Result")]
    public string? Result { get; set; }

    [Display(Name = "Grade")]
    public string? Grade { get; set; }

    [Display(Name = "Completion date")]
    public string? CompletedOn { get; set; }

    public static LearnerForm From(Learner l) => new()
    {
        Version = l.Version,
        GivenNames = l.GivenNames,
        FamilyName = l.FamilyName,
        LearnerIdentifier = l.LearnerIdentifier,
        DateOfBirth = FormValues.Text(l.DateOfBirth),
        Email = l.Email,
        Result = l.Result?.ToString(),
        Grade = l.Grade?.ToString("0.##", CultureInfo.InvariantCulture),
        CompletedOn = FormValues.Text(l.CompletedOn),
    };

    public LearnerDetails ToDetails() => new(
        GivenNames?.Trim() ?? "",
        FamilyName?.Trim() ?? "",
        LearnerIdentifier?.Trim() ?? "",
        FormValues.Date(DateOfBirth),
        string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
        FormValues.Result(Result),
        FormValues.Number(Grade),
        FormValues.Date(CompletedOn));

    public sealed class Validator : AbstractValidator<LearnerForm>
    {
        public Validator()
        {
            RuleFor(f => f.FamilyName).Must((f, family) => LearnerRules.HasName(f.GivenNames, family)).WithMessage(LearnerRules.NameMissing);
            RuleFor(f => f.GivenNames).MaximumLength(Learner.NameMaxLength).WithMessage($"Given names can have at most {Learner.NameMaxLength} characters.");
            RuleFor(f => f.GivenNames).Printable();
            RuleFor(f => f.FamilyName).Printable();
            RuleFor(f => f.LearnerIdentifier).Printable();
            RuleFor(f => f.FamilyName).MaximumLength(Learner.NameMaxLength).WithMessage($"The family name can have at most {Learner.NameMaxLength} characters.");
            RuleFor(f => f.LearnerIdentifier).NotEmpty().WithMessage("Enter the learner identifier, the student number at your institution.")
                .MaximumLength(Learner.IdentifierMaxLength).WithMessage($"The learner identifier can have at most {Learner.IdentifierMaxLength} characters.");
            RuleFor(f => f.DateOfBirth).Must(FormValues.IsDateOrEmpty).WithMessage("Enter the date of birth as a date, for example 1998-04-23, or leave it empty.");
            RuleFor(f => f.Email).MaximumLength(Learner.EmailMaxLength).WithMessage($"The e-mail address can have at most {Learner.EmailMaxLength} characters.")
                .EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage("Enter the e-mail address in the form name@example.org, or leave it empty.");
            RuleFor(f => f.Result).Must(r => string.IsNullOrWhiteSpace(r) || FormValues.Result(r) is not null)
                .WithMessage("The result must be passed, attendance only or failed (or empty while it is not known).");
            RuleFor(f => f.Grade).Must(g => string.IsNullOrWhiteSpace(g) || FormValues.Number(g) is not null)
                .WithMessage(f => $"\"{f.Grade!.Trim()}\" is not a number: enter the grade as a number, for example 7.5, or leave it empty.");
            RuleFor(f => f.CompletedOn).Must(FormValues.IsDateOrEmpty).WithMessage("Enter the completion date as a date, for example 2027-12-10, or leave it empty.");
        }
    }
}

/// <summary>Reads the text of dates, numbers and results the same way for forms and CSV files.</summary>
public static class FormValues
{
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static bool IsDate(string? text) => Date(text) is not null;

    public static bool IsDateOrEmpty(string? text) => string.IsNullOrWhiteSpace(text) || IsDate(text);

    public static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Accepts a decimal point or a decimal comma (files saved with a semicolon separator often use the comma).</summary>
    public static decimal? Number(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static LearnerResult? Result(string? text)
    {
        var key = new string((text ?? "").Where(char.IsLetter).ToArray()).ToUpperInvariant();
        return key switch
        {
            "PASSED" or "PASS" => LearnerResult.Passed,
            "ATTENDANCEONLY" or "ATTENDANCE" => LearnerResult.AttendanceOnly,
            "FAILED" or "FAIL" => LearnerResult.Failed,
            _ => null,
        };
    }

    public static string ResultText(LearnerResult? result) => result switch
    {
        LearnerResult.Passed => "Passed",
        LearnerResult.AttendanceOnly => "Attendance only",
        LearnerResult.Failed => "Failed",
        _ => "No result yet",
    };
}
