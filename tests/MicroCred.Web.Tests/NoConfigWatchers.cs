using System.Runtime.CompilerServices;

namespace MicroCred.Tests.Support;

/// <summary>
/// Every test host would otherwise watch appsettings*.json for changes, one inotify instance each; a suite that starts
/// dozens of hosts (and two suites side by side) runs into the kernel's per-user limit of 128 and hosts fail to start.
/// The tests never change configuration files at run time, so the watchers are switched off before any host is built.
/// </summary>
internal static class NoConfigWatchers
{
    [ModuleInitializer]
    internal static void SwitchOff() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
