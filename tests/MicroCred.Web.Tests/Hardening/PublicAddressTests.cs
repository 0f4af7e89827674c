using System.Net;
using MicroCred.Web.Features.Credentials;
using MicroCred.Web.Features.Notifications;
using MicroCred.Web.Hosting;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>Absolute links come from App:PublicBaseUrl, never from the Host header; outside Development the portal does not start without it.</summary>
public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    public void Outside_development_the_portal_refuses_to_start_without_a_public_address_and_says_what_to_set(string environment)
    {
        using var factory = new MicroCredFactory();
        factory.Settings["App:PublicBaseUrl"] = "";
        factory.Settings["environment"] = environment;

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("App:PublicBaseUrl is not set", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_address_that_is_not_a_web_address_stops_the_start()
    {
        using var factory = new MicroCredFactory();
        factory.Settings["App:PublicBaseUrl"] = "microcred.example.edu";

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("is not a web address", Flatten(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_with_a_foreign_host_header_is_refused()
    {
        using var factory = new MicroCredFactory();
        factory.Settings["App:PublicBaseUrl"] = "https://microcred.example.edu";
        using var ours = factory.CreateClient(new() { BaseAddress = new Uri("http://microcred.example.edu/"), AllowAutoRedirect = false });
        using var forged = factory.CreateClient(new() { BaseAddress = new Uri("http://attacker.example/"), AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await ours.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await forged.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public void Verification_and_email_links_use_the_public_address_whatever_host_the_request_names()
    {
        var address = new PublicAddress(new Uri("https://microcred.example.edu/portal/"));
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("attacker.example");

        Assert.Equal("https://microcred.example.edu/portal/verify/ABC-123", new VerificationLinks(address).For(request, "ABC-123"));
        Assert.Equal("https://microcred.example.edu/portal/designs/1/timeline", new AppLinks(address).Absolute("/designs/1/timeline").ToString());
    }

    [Fact]
    public void Development_falls_back_to_the_local_address_and_allowed_hosts_follow_the_public_address()
    {
        var empty = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AllowedHosts"] = "*" }).Build();
        Assert.Equal(PublicAddress.DevelopmentDefault + "/", PublicAddress.FromConfiguration(empty, new Environment(Environments.Development)).BaseUrl.ToString());

        PublicAddress.RestrictAllowedHosts(empty, new PublicAddress(new Uri("https://microcred.example.edu")));
        Assert.Equal("microcred.example.edu;localhost", empty["AllowedHosts"]);
    }

    private static string Flatten(Exception e) => e.ToString();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "MicroCred.Web";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
