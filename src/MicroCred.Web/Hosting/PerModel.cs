using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MicroCred.Web.Hosting;

/// <summary>
/// A compiled EF query (EF.CompileAsyncQuery) kept per model: a compiled query runs only with the model it was compiled
/// against, and one process may hold contexts of several providers (the tests run SQLite and PostgreSQL side by side).
/// The query is compiled the first time a context of a model uses it; nothing is shared between models.
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    /// <summary>The query compiled for the model of <paramref name="db"/>.</summary>
    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.GetValue(db.Model, _ => compile());
    }
}
