using MicroCred.Web.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Hosting;

/// <summary>The test hosts do not watch their configuration files (see NoConfigWatchers): dozens of hosts would exhaust inotify.</summary>
public sealed class ConfigWatcherTests
{
    [Fact]
    public void Test_hosts_read_their_json_settings_without_watching_the_files()
    {
        using var factory = new MicroCredFactory();
        var root = (IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>();

        var json = root.Providers.OfType<JsonConfigurationProvider>().ToList();

        Assert.NotEmpty(json);
        Assert.All(json, p => Assert.False(p.Source.ReloadOnChange, $"{p.Source.Path} is watched"));
    }
}
