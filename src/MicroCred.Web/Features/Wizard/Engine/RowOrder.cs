using System.Collections;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>
/// Keeps a row's <c>Order</c> equal to its position. Rows that belong to a unit (learning activities) are
/// numbered within their unit, so "activity 2 of unit 3" stays meaningful.
/// </summary>
public static class RowOrder
{
    public static void Renumber(IList rows)
    {
        var counters = new Dictionary<object, int>();
        foreach (var row in rows.Cast<object>())
        {
            var type = row.GetType();
            if (type.GetProperty("Order") is not { } order || order.PropertyType != typeof(int))
            {
                return;
            }

            var group = type.GetProperty("UnitId")?.GetValue(row) ?? "all";
            counters[group] = counters.GetValueOrDefault(group) + 1;
            order.SetValue(row, counters[group]);
        }
    }
}
