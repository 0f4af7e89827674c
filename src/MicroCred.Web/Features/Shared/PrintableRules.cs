using FluentValidation;
using MicroCred.Documents;

namespace MicroCred.Web.Features.Shared;

/// <summary>
/// The FluentValidation face of <see cref="PrintableText"/>: text that ends up on certificates or
/// course descriptions must be printable with the embedded fonts, and the message names the
/// first character that is not.
/// </summary>
public static class PrintableRules
{
    public static IRuleBuilderOptions<T, string?> Printable<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(PrintableText.IsPrintable).WithMessage((_, value) => PrintableText.Problem(value) ?? string.Empty);
}
