using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Web.Features.Cohorts;

namespace MicroCred.Web.Features.Evaluations;

/// <summary>Starting the evaluation of a year.</summary>
public sealed class StartEvaluationForm
{
    [Display(Name = "Year evaluated")]
    public int? Year { get; set; }

    public sealed class Validator : AbstractValidator<StartEvaluationForm>
    {
        public Validator()
        {
            RuleFor(f => f.Year).NotNull().WithMessage("Enter the year you evaluate, for example 2027.")
                .InclusiveBetween(2000, 2100).WithMessage("Enter the year as four digits, for example 2027.");
        }
    }
}

/// <summary>The body of the evaluation. Numbers arrive as text so that what was typed comes back on a failed save.</summary>
public sealed class EvaluationRecordForm
{
    public Guid? Version { get; set; }

    [Display(Name = "Findings across the runs of the year")]
    public string? Findings { get; set; }

    [Display(Name = "Feedback from stakeholders")]
    public string? StakeholderFeedback { get; set; }

    [Display(Name = "Learners in the year")]
    public string? ActualLearners { get; set; }

    [Display(Name = "Income in the year")]
    public string? ActualIncome { get; set; }

    [Display(Name = "Notes on the business plan")]
    public string? BusinessNotes { get; set; }

    public static EvaluationRecordForm From(AnnualEvaluation e) => new()
    {
        Version = e.Version,
        Findings = e.Findings,
        StakeholderFeedback = e.StakeholderFeedback,
        ActualLearners = e.ActualLearners?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ActualIncome = e.ActualIncome?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        BusinessNotes = e.BusinessNotes,
    };

    public EvaluationRecord ToRecord() => new(Findings, StakeholderFeedback,
        string.IsNullOrWhiteSpace(ActualLearners) ? null : int.Parse(ActualLearners.Trim(), System.Globalization.CultureInfo.InvariantCulture),
        FormValues.Number(ActualIncome), BusinessNotes);

    public sealed class Validator : AbstractValidator<EvaluationRecordForm>
    {
        public Validator()
        {
            RuleFor(f => f.Findings).MaximumLength(AnnualEvaluation.TextMaxLength).WithMessage($"The findings can have at most {AnnualEvaluation.TextMaxLength} characters.");
            RuleFor(f => f.StakeholderFeedback).MaximumLength(AnnualEvaluation.TextMaxLength).WithMessage($"The feedback can have at most {AnnualEvaluation.TextMaxLength} characters.");
            RuleFor(f => f.BusinessNotes).MaximumLength(AnnualEvaluation.TextMaxLength).WithMessage($"The notes can have at most {AnnualEvaluation.TextMaxLength} characters.");
            RuleFor(f => f.ActualLearners)
                .Must(t => string.IsNullOrWhiteSpace(t) || (int.TryParse(t.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 1_000_000))
                .WithMessage("Enter the number of learners as a whole number, for example 26.");
            RuleFor(f => f.ActualIncome)
                .Must(t => string.IsNullOrWhiteSpace(t) || FormValues.Number(t) is >= 0 and < 1_000_000_000m)
                .WithMessage("Enter the income as an amount without the currency, for example 18500.50.");
        }
    }
}

/// <summary>Every partner's answer in one form, one row per partner institution.</summary>
public sealed class PartnersForm
{
    public Guid? Version { get; set; }

    public List<PartnerRowForm> Rows { get; set; } = [];

    public static PartnersForm From(AnnualEvaluation e) => new()
    {
        Version = e.Version,
        Rows = [.. e.Partners.OrderBy(p => p.InstitutionName, StringComparer.CurrentCulture).Select(p => new PartnerRowForm
        {
            InstitutionId = p.InstitutionId,
            Answer = p.Answer,
            ConfirmedBy = p.ConfirmedBy,
            ConfirmedOn = FormValues.Text(p.ConfirmedOn),
            Note = p.Note,
        })],
    };

    public sealed class Validator : AbstractValidator<PartnersForm>
    {
        public Validator()
        {
            RuleForEach(f => f.Rows).ChildRules(row =>
            {
                row.RuleFor(r => r.Answer).NotNull().WithMessage("Choose the partner's answer.");
                row.RuleFor(r => r.ConfirmedBy).NotEmpty().When(r => r.Answer is PartnerAnswer.Continues or PartnerAnswer.Withdraws)
                    .WithMessage("Say who at the partner gave the answer, for example \"Dean of Engineering\".")
                    .MaximumLength(AnnualEvaluation.NameMaxLength).WithMessage($"At most {AnnualEvaluation.NameMaxLength} characters.");
                row.RuleFor(r => r.ConfirmedOn).NotEmpty().When(r => r.Answer is PartnerAnswer.Continues or PartnerAnswer.Withdraws)
                    .WithMessage("Enter the day the partner answered.")
                    .Must(FormValues.IsDateOrEmpty).WithMessage("Enter the day as a date, for example 2027-06-10.");
                row.RuleFor(r => r.Note).MaximumLength(AnnualEvaluation.TextMaxLength).WithMessage($"The note can have at most {AnnualEvaluation.TextMaxLength} characters.");
            });
        }
    }
}

public sealed class PartnerRowForm
{
    public Guid InstitutionId { get; set; }

    [Display(Name = "Answer")]
    public PartnerAnswer? Answer { get; set; }

    [Display(Name = "Who confirmed")]
    public string? ConfirmedBy { get; set; }

    [Display(Name = "On")]
    public string? ConfirmedOn { get; set; }

    [Display(Name = "Note")]
    public string? Note { get; set; }
}

/// <summary>An improvement action. The deadline arrives as yyyy-MM-dd from a date input.</summary>
public sealed class ActionForm
{
    public Guid? Version { get; set; }

    [Display(Name = "What will be done")]
    public string? Title { get; set; }

    [Display(Name = "Owner")]
    public Guid? OwnerId { get; set; }

    [Display(Name = "Deadline")]
    public string? Deadline { get; set; }

    [Display(Name = "Status")]
    public ActionStatus? Status { get; set; }

    [Display(Name = "Steps of the design it touches")]
    public List<WizardStep> Steps { get; set; } = [];

    [Display(Name = "Follow-up")]
    public string? FollowUp { get; set; }

    public static ActionForm From(AnnualEvaluation e, ImprovementAction? a) => a is null
        ? new ActionForm { Version = e.Version, Status = ActionStatus.Planned }
        : new ActionForm
        {
            Version = e.Version,
            Title = a.Title,
            OwnerId = a.OwnerId,
            Deadline = FormValues.Text(a.Deadline),
            Status = a.Status,
            Steps = [.. a.Steps],
            FollowUp = a.FollowUp,
        };

    public sealed class Validator : AbstractValidator<ActionForm>
    {
        public Validator()
        {
            RuleFor(f => f.Title).NotEmpty().WithMessage("Say what will be done, for example \"Shorten unit 2 by four hours\".")
                .MaximumLength(AnnualEvaluation.ActionTitleMaxLength).WithMessage($"The action can have at most {AnnualEvaluation.ActionTitleMaxLength} characters.");
            RuleFor(f => f.OwnerId).NotNull().WithMessage("Choose who on the team owns the action.");
            RuleFor(f => f.Deadline).NotEmpty().WithMessage("Enter the deadline.")
                .Must(FormValues.IsDate).WithMessage("Enter the deadline as a date, for example 2027-12-01.");
            RuleFor(f => f.Status).NotNull().WithMessage("Choose the status of the action.");
            RuleForEach(f => f.Steps).IsInEnum().WithMessage("Choose steps from the list.");
            RuleFor(f => f.FollowUp).MaximumLength(AnnualEvaluation.TextMaxLength).WithMessage($"The follow-up can have at most {AnnualEvaluation.TextMaxLength} characters.");
        }
    }
}

public sealed class EvaluationCommentForm
{
    [Display(Name = "Your comment")]
    public string? Text { get; set; }

    public sealed class Validator : AbstractValidator<EvaluationCommentForm>
    {
        public Validator()
        {
            RuleFor(f => f.Text).NotEmpty().WithMessage("Write your comment.")
                .MaximumLength(AnnualEvaluation.CommentMaxLength).WithMessage($"A comment can have at most {AnnualEvaluation.CommentMaxLength} characters.");
        }
    }
}

/// <summary>How evaluation values read on screen.</summary>
public static class EvaluationWords
{
    public static string Answer(PartnerAnswer answer) => answer switch
    {
        PartnerAnswer.Continues => "Continues",
        PartnerAnswer.Withdraws => "Withdraws",
        _ => "Not confirmed yet",
    };

    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "Planned",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        _ => "Dropped",
    };

    public static string StatusCss(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "tag-blue",
        ActionStatus.InProgress => "tag-yellow",
        ActionStatus.Done => "tag-green",
        _ => "tag-grey",
    };

    public static string Due(EvaluationDue due) => due.State switch
    {
        EvaluationDueState.NotScheduled => "No evaluation month is set in the sustainability step (step 20).",
        EvaluationDueState.Upcoming => $"The evaluation {due.Year} is due in {Month(due)}.",
        EvaluationDueState.Due => $"The evaluation {due.Year} is due this month: sign it off by {Shared.Display.Date(due.MonthEnds!.Value)}.",
        _ => $"The evaluation {due.Year} is overdue: it was due by {Shared.Display.Date(due.MonthEnds!.Value)}.",
    };

    public static string Month(EvaluationDue due) =>
        due.MonthStarts is { } start ? start.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static string Money(decimal? amount, string? currency) =>
        amount is { } a ? $"{a.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)} {currency}".Trim() : "—";

    public static string Number(decimal? n) => n is { } v ? v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) : "—";

    public static string Difference(PlanFigure f, string? unit = null)
    {
        if (f.Difference is not { } d)
        {
            return "—";
        }

        var sign = d > 0 ? "+" : d < 0 ? "−" : "±";
        var text = $"{sign}{Math.Abs(d).ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)}{(unit is null ? "" : " " + unit)}";
        return f.DifferencePercent is { } p ? $"{text} ({(p > 0 ? "+" : p < 0 ? "−" : "±")}{Math.Abs(p).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} %)" : text;
    }
}
