using System.Collections;
using MicroCred.Domain.Designs.Schema;

namespace MicroCred.Web.Features.Wizard.Engine;

/// <summary>
/// Keeps an ordered row's <c>Order</c> equal to its position, within its group (learning activities are
/// numbered within their unit).
/// </summary>
public static class RowOrder
{
    public static void Renumber(IList rows)
    {
        var counters = new Dictionary<object, int>();
        foreach (var row in rows.OfType<IOrderedRow>())
        {
            var group = row.OrderGroup ?? "all";
            counters[group] = counters.GetValueOrDefault(group) + 1;
            row.Order = counters[group];
        }
    }
}
