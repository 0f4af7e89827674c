using System.Reflection;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>Defaults that keep step definitions short: the field kind from the property type, references from the property name.</summary>
public static class FieldConventions
{
    public const int ShortTextMax = 200;
    public const int LongTextMax = 4000;
    public const int LineMax = 200;

    private static readonly string[] ShortTextEndings =
    [
        "Title", "Name", "Code", "Url", "Email", "Reference", "Currency", "Body", "Role", "Language", "Website",
        "Link", "Country", "Identifier", "Period", "Version", "Number", "Platform", "Label", "Contact", "Scale", "Unit",
    ];

    public static ReferenceSource? SourceFor(PropertyInfo property)
    {
        var name = property.Name;
        var type = property.PropertyType;
        var isGuid = type == typeof(Guid) || type == typeof(Guid?) || type == typeof(List<Guid>);
        if (name.EndsWith("UserId", StringComparison.Ordinal) && type == typeof(string))
        {
            return ReferenceSource.Users;
        }

        if (!isGuid || name == "Id")
        {
            return null;
        }

        return name switch
        {
            _ when name.Contains("PartnerId", StringComparison.Ordinal) => ReferenceSource.Partners,
            _ when name.Contains("MemberId", StringComparison.Ordinal) => ReferenceSource.Members,
            _ when name.Contains("OutcomeId", StringComparison.Ordinal) => ReferenceSource.Outcomes,
            _ when name.Contains("UnitId", StringComparison.Ordinal) => ReferenceSource.Units,
            _ when name.Contains("ActivityId", StringComparison.Ordinal) => ReferenceSource.Activities,
            _ when name.Contains("ToolId", StringComparison.Ordinal) => ReferenceSource.Tools,
            _ when name.Contains("ComponentId", StringComparison.Ordinal) => ReferenceSource.Components,
            _ when name.Contains("InstitutionId", StringComparison.Ordinal) => ReferenceSource.Institutions,
            _ => null,
        };
    }

    public static FieldKind KindFor(PropertyInfo property, ReferenceSource? source)
    {
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (source is not null)
        {
            return type == typeof(List<Guid>) ? FieldKind.ReferenceSet : FieldKind.Reference;
        }

        if (underlying == typeof(string))
        {
            return ShortTextEndings.Any(e => property.Name.EndsWith(e, StringComparison.Ordinal)) ? FieldKind.Text : FieldKind.LongText;
        }

        if (underlying == typeof(int) || underlying == typeof(long))
        {
            return FieldKind.Integer;
        }

        if (underlying == typeof(decimal) || underlying == typeof(double))
        {
            return FieldKind.Decimal;
        }

        if (underlying == typeof(DateOnly))
        {
            return FieldKind.Date;
        }

        if (underlying == typeof(bool))
        {
            return FieldKind.Boolean;
        }

        if (underlying.IsEnum)
        {
            return FieldKind.Choice;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var item = type.GetGenericArguments()[0];
            if (item.IsEnum)
            {
                return FieldKind.MultiChoice;
            }

            if (item == typeof(string))
            {
                return FieldKind.Lines;
            }

            if (item.IsClass)
            {
                return FieldKind.Rows;
            }
        }

        throw new InvalidOperationException($"No field kind for {property.DeclaringType?.Name}.{property.Name} ({type.Name}); give one explicitly.");
    }

    public static int? DefaultMaxLength(FieldKind kind) => kind switch
    {
        FieldKind.Text => ShortTextMax,
        FieldKind.LongText => LongTextMax,
        FieldKind.Lines => LineMax,
        _ => null,
    };
}
