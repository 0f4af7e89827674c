using MicroCred.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests.Hosting;

/// <summary>A compiled query is kept per model: one compilation per model, reused for every context of that model.</summary>
public sealed class PerModelTests
{
    [Fact]
    public void Each_model_gets_its_own_compiled_query_and_keeps_it()
    {
        var compiled = 0;
        var perModel = new PerModel<object>(() =>
        {
            compiled++;
            return new object();
        });

        using var first = new FirstContext();
        using var again = new FirstContext();
        using var other = new OtherContext();
        var forFirst = perModel.For(first);

        Assert.Same(forFirst, perModel.For(again));
        Assert.NotSame(forFirst, perModel.For(other));
        Assert.Same(perModel.For(other), perModel.For(other));
        Assert.Equal(2, compiled);
    }

    private sealed class FirstContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Thing>();
    }

    private sealed class OtherContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Thing>().ToTable("Others");
    }

    private sealed class Thing
    {
        public int Id { get; set; }
    }
}
