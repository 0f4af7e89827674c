using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMicroCred();

var app = builder.Build();
app.UseMicroCred();

await DatabaseInitializer.InitializeAsync(app.Services);
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

await app.RunAsync();

/// <summary>Entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
