using System.Net;
using AngleSharp.Html.Dom;
using MicroCred.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>The portal on a real socket (Kestrel on loopback), for what the in-memory test server does not show: status lines, connections, client addresses.</summary>
public sealed class KestrelPortal : IDisposable
{
    public KestrelPortal(Action<MicroCredFactory>? configure = null)
    {
        Factory.Settings["AllowedHosts"] = "localhost;127.0.0.1";
        configure?.Invoke(Factory);
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        BaseAddress = new Uri(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public MicroCredFactory Factory { get; } = new();

    public Uri BaseAddress { get; }

    public HttpClient Client() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    public TestBrowser Browser() => new(Client());

    public void Dispose() => Factory.Dispose();
}

public static class FormReading
{
    /// <summary>The fields a browser would send for a form as it is shown (hidden, text, checked boxes, text areas, selected options).</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(select.Name!, option.Value));
                    }

                    break;
            }
        }

        return fields;
    }

    /// <summary>The main form of a page: the last one that is not the sign-out form.</summary>
    public static IHtmlFormElement MainForm(TestBrowser.Page page) =>
        page.Document.Forms.Last(f => f.GetAttribute("action")?.Contains("/account/logout", StringComparison.OrdinalIgnoreCase) != true);

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
        return fields;
    }
}
