using System.Globalization;
using System.Text;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Checks;

/// <summary>Names rows and values the way messages and previews show them to people.</summary>
public static class Describe
{
    public static string Outcome(LearningOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var code = outcome.Code.Length > 0 ? outcome.Code : "(no code)";
        return $"Learning outcome {code} '{Shorten(outcome.Statement)}'";
    }

    public static string Unit(CourseUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Title.Length > 0 ? $"Unit {unit.Order} '{unit.Title}'" : $"Unit {unit.Order}";
    }

    public static string Activity(LearningActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Title.Length > 0 ? $"Activity '{activity.Title}'" : "An untitled activity";
    }

    public static string Component(AssessmentComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return component.Title.Length > 0 ? $"Assessment component '{component.Title}'" : "An untitled assessment component";
    }

    public static string Partner(DesignCheckContext ctx, Partner? partner)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (partner is null)
        {
            return "an unknown partner";
        }

        return ctx.FactsOf(partner.InstitutionId)?.Name ?? partner.ContactName ?? "a partner without a name";
    }

    public static string Partner(DesignCheckContext ctx, Guid? partnerId)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return Partner(ctx, ctx.Content.PartnerById(partnerId));
    }

    public static string Ects(decimal ects) => ects.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Turns an enum value such as OnlineDistanceAsynchronous into "online distance asynchronous".</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => Words((Enum)value);

    /// <summary>
    /// The same for an enum value whose type is known only at run time (form options). Every option of a design has a
    /// written label in <see cref="EnumLabels"/>; the words made from the name are only the fallback for other enums.
    /// </summary>
    public static string Words(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (EnumLabels.Of(value) is { } label)
        {
            return label;
        }

        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (i > 0 && ((char.IsUpper(ch) && !char.IsUpper(name[i - 1])) || (char.IsDigit(ch) && !char.IsDigit(name[i - 1]))))
            {
                sb.Append(' ');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        var words = sb.ToString().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "ects" => "ECTS",
                "id" => "ID",
                "esg" => "ESG",
                "enqa" => "ENQA",
                "eu" => "EU",
                _ => words[i],
            };
        }

        return string.Join(' ', words);
    }

    /// <summary>A step as users see it on the task list: "Learning outcomes (step 6)". The W-codes stay internal.</summary>
    public static string Step(WizardStep step) => $"{StepCatalog.Get(step).Title} (step {(int)step})";

    /// <summary>The text with its first letter in capitals, for a label or row title that starts a line.</summary>
    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The label a step page shows for a field ("Main delivery mode"), never its property name.</summary>
    public static string Field(WizardStep step, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Designs.Schema.StepSchemas.Get(step).Find(path)?.Label is { Length: > 0 } label ? $"'{label}'" : "the missing field";
    }

    /// <summary>The text trimmed, cut to at most <paramref name="max"/> characters with "…" when longer (never between the two
    /// halves of a character outside the basic plane, such as an emoji).</summary>
    public static string Shorten(string text, int max = 60)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length <= max)
        {
            return t;
        }

        var keep = char.IsHighSurrogate(t[max - 2]) ? max - 2 : max - 1;
        return string.Concat(t.AsSpan(0, keep).TrimEnd(), "…");
    }
}
