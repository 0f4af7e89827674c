using MicroCred.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MicroCred.Web.Hosting;

/// <summary>Prints where the portal listens and, outside Production, the demo logins.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string> { "", "MicroCred is running:" };
        lines.AddRange(addresses.Select(a => "  " + a));
        if (!app.Environment.IsProduction() && app.Configuration.GetValue("Database:SeedDemoData", false))
        {
            lines.Add("");
            lines.Add($"Demo logins (password for all: {DemoAccounts.Password}):");
            lines.AddRange(DemoAccounts.All.Select(a => $"  {a.Role,-17} {a.Email}"));
        }

        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
