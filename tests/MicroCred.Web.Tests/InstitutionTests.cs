using System.Net;
using System.Net.Http.Headers;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Tests;

public sealed class InstitutionTests(MicroCredFactory factory) : IClassFixture<MicroCredFactory>
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_platform_administrator_adds_an_institution_with_a_logo()
    {
        using var admin = await SignedInAsync("admin@microcred.demo");
        var page = await PostInstitutionAsync(admin, "/admin/institutions/new", ValidFields("University of Tartu Test"), ("logo.png", TinyPng, "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        var stored = await factory.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Name == "University of Tartu Test"));
        Assert.Equal("EE", stored.CountryCode);
        Assert.Equal("Tartu", stored.City);
        Assert.Equal(27, stored.Settings.HoursPerEctsMin);
        Assert.NotNull(stored.Logo);
        Assert.Equal("image/png", stored.Logo!.ContentType);

        var logo = await admin.Client.GetAsync($"/admin/institutions/{stored.Id}/logo");
        Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TinyPng, await logo.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Empty_required_fields_get_a_message_each_and_nothing_is_stored()
    {
        using var admin = await SignedInAsync("admin@microcred.demo");
        var before = await factory.WithDbAsync(db => db.Institutions.CountAsync());
        var fields = ValidFields("");
        fields["City"] = "";
        fields["CountryCode"] = "";
        fields["HoursPerEctsMin"] = "";
        fields["GradingScale"] = "";

        var page = await PostInstitutionAsync(admin, "/admin/institutions/new", fields);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Enter the institution's name.", page.FieldError("Name"));
        Assert.Equal("Enter the city.", page.FieldError("City"));
        Assert.Equal("Choose the country.", page.FieldError("CountryCode"));
        Assert.Equal("Enter the minimum study hours per ECTS credit (usually 25).", page.FieldError("HoursPerEctsMin"));
        Assert.Equal("Enter the grading scale used by the institution, for example 1-10 or 0-20.", page.FieldError("GradingScale"));
        Assert.Equal(5, page.ErrorSummary().Count);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Institutions.CountAsync()));
    }

    [Fact]
    public async Task Overlong_text_wrong_country_and_bad_numbers_are_refused_and_the_input_is_kept()
    {
        using var admin = await SignedInAsync("admin@microcred.demo");
        var fields = ValidFields(new string('N', 201));
        fields["CountryCode"] = "XX";
        fields["Website"] = "www.no-scheme.example";
        fields["HoursPerEctsMin"] = "abc";
        fields["HoursPerEctsMax"] = "12";
        fields["NationalEctsCap"] = "-3";
        fields["Region"] = new string('R', 101);

        var page = await PostInstitutionAsync(admin, "/admin/institutions/new", fields);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The name can have at most 200 characters.", page.FieldError("Name"));
        Assert.Equal("Choose a country from the list (a two-letter ISO 3166 code such as NL or GR).", page.FieldError("CountryCode"));
        Assert.Equal("Enter the full website address, starting with https:// (for example https://www.uni.example).", page.FieldError("Website"));
        Assert.Equal("'abc' is not a valid value for Minimum hours per ECTS credit.", page.FieldError("HoursPerEctsMin"));
        Assert.Equal("The national limit must be more than 0 ECTS.", page.FieldError("NationalEctsCap"));
        Assert.Equal("The region can have at most 100 characters.", page.FieldError("Region"));
        Assert.Equal("abc", page.InputValue("HoursPerEctsMin"));
        Assert.Equal("www.no-scheme.example", page.InputValue("Website"));
        Assert.False(await factory.WithDbAsync(db => db.Institutions.AnyAsync(i => i.City == "Tartu" && i.CountryCode == "XX")));
    }

    [Fact]
    public async Task An_oversize_or_non_image_logo_is_refused_and_nothing_is_stored()
    {
        using var admin = await SignedInAsync("admin@microcred.demo");

        var big = new byte[600 * 1024];
        TinyPng.CopyTo(big, 0);
        var oversize = await PostInstitutionAsync(admin, "/admin/institutions/new", ValidFields("Oversize Logo University"), ("big.png", big, "image/png"));
        Assert.Equal("The logo file is too large: use an image of at most 512 KB.", oversize.FieldError("Logo"));

        var text = "%PDF-1.7 this is not an image"u8.ToArray();
        var notImage = await PostInstitutionAsync(admin, "/admin/institutions/new", ValidFields("Fake Logo University"), ("logo.png", text, "image/png"));
        Assert.Equal("The logo must be a PNG or JPEG image.", notImage.FieldError("Logo"));

        Assert.False(await factory.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Name.Contains("Logo University"))));
    }

    [Fact]
    public async Task A_duplicate_name_is_refused()
    {
        using var admin = await SignedInAsync("admin@microcred.demo");
        var page = await PostInstitutionAsync(admin, "/admin/institutions/new", ValidFields("Rijnmond University"));
        Assert.Equal("An institution with this name already exists.", page.FieldError("Name"));
    }

    [Fact]
    public async Task An_institution_admin_edits_their_own_institution_only()
    {
        using var admin = await SignedInAsync("institution.admin@microcred.demo");

        var list = await admin.GetAsync("/admin/institutions");
        Assert.Contains("Rijnmond University", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Universidade do Atlântico Norte", list.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/institutions/{DemoAccounts.UniversityPt}")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/admin/institutions/new")).Status);

        var form = await admin.GetAsync($"/admin/institutions/{DemoAccounts.UniversityPt}");
        Assert.Equal(HttpStatusCode.NotFound, form.Status);
        var own = await admin.GetAsync($"/admin/institutions/{DemoAccounts.UniversityNl}");
        var post = await PostInstitutionAsync(admin, $"/admin/institutions/{DemoAccounts.UniversityPt}", ValidFields("Taken Over"), token: own.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.False(await factory.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Name == "Taken Over")));
    }

    [Fact]
    public async Task A_second_save_from_a_stale_form_is_refused_with_the_input_kept()
    {
        using var first = await SignedInAsync("admin@microcred.demo");
        using var second = await SignedInAsync("institution.admin@microcred.demo");
        var url = $"/admin/institutions/{DemoAccounts.UniversityNl}";

        var formA = await first.GetAsync(url);
        var formB = await second.GetAsync(url);
        var fieldsA = FieldsFrom(formA);
        var fieldsB = FieldsFrom(formB);
        fieldsA["City"] = "Maastricht";
        fieldsB["City"] = "Utrecht";

        Assert.Equal(HttpStatusCode.Redirect, (await PostInstitutionAsync(first, url, fieldsA, token: formA.AntiforgeryToken())).Status);
        var refused = await PostInstitutionAsync(second, url, fieldsB, token: formB.AntiforgeryToken());
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Someone else saved changes to this institution", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Utrecht", refused.InputValue("City"));

        var stored = await factory.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Id == DemoAccounts.UniversityNl));
        Assert.Equal("Maastricht", stored.City);
    }

    [Fact]
    public async Task The_person_who_signs_certificates_is_saved_with_name_and_role()
    {
        using var admin = await SignedInAsync("admin@microcred.demo");
        var fields = ValidFields("Signatory University");
        fields["SignatoryName"] = "  Prof. Dr. Ana Núñez ";
        fields["SignatoryRole"] = "Rector";

        var page = await PostInstitutionAsync(admin, "/admin/institutions/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var stored = await factory.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Name == "Signatory University"));
        Assert.Equal("Prof. Dr. Ana Núñez", stored.CertificateSignatoryName);
        Assert.Equal("Rector", stored.CertificateSignatoryRole);
    }

    [Fact]
    public async Task A_signatory_name_without_a_role_is_refused_next_to_the_role_and_nothing_is_stored()
    {
        using var admin = await SignedInAsync("admin@microcred.demo");
        var fields = ValidFields("Half Signatory University");
        fields["SignatoryName"] = "Prof. Dr. Ana Núñez";
        fields["SignatoryRole"] = "";

        var page = await PostInstitutionAsync(admin, "/admin/institutions/new", fields);

        Assert.NotEqual(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("Enter the role of the person who signs certificates", page.FieldError("SignatoryRole"), StringComparison.Ordinal);
        Assert.Equal("Prof. Dr. Ana Núñez", page.InputValue("SignatoryName"));
        Assert.False(await factory.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Name == "Half Signatory University")));
    }

    private async Task<TestBrowser> SignedInAsync(string email)
    {
        var browser = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(email)).Status);
        return browser;
    }

    private static Dictionary<string, string> ValidFields(string name) => new()
    {
        ["Name"] = name,
        ["LocalName"] = "Tartu Ülikool",
        ["CountryCode"] = "EE",
        ["Region"] = "Tartu County",
        ["City"] = "Tartu",
        ["Website"] = "https://www.ut.example",
        ["IsDegreeAwarding"] = "true",
        ["ErasmusCode"] = "EE TARTU02",
        ["LegalIdentifier"] = "EE74001073",
        ["HoursPerEctsMin"] = "27",
        ["HoursPerEctsMax"] = "27",
        ["GradingScale"] = "A-F",
        ["NationalEctsCap"] = "",
    };

    private static Dictionary<string, string> FieldsFrom(TestBrowser.Page page)
    {
        var fields = new Dictionary<string, string>();
        foreach (var input in page.Document.QuerySelectorAll("form[enctype='multipart/form-data'] input, form[enctype='multipart/form-data'] select"))
        {
            var name = input.GetAttribute("name");
            var type = input.GetAttribute("type");
            if (name is null || name == "__RequestVerificationToken" || type == "file" || (type == "checkbox" && !input.HasAttribute("checked")))
            {
                continue;
            }

            var value = input is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value : input.GetAttribute("value") ?? "";
            fields.TryAdd(name, value ?? "");
        }

        return fields;
    }

    private async Task<TestBrowser.Page> PostInstitutionAsync(TestBrowser browser, string url, Dictionary<string, string> fields, (string Name, byte[] Bytes, string Type)? logo = null, string? token = null)
    {
        token ??= (await browser.GetAsync(url.EndsWith("/new", StringComparison.Ordinal) ? url : "/admin/institutions/new")).AntiforgeryToken()
            ?? (await browser.GetAsync(url)).AntiforgeryToken();
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        if (logo is { } file)
        {
            var part = new ByteArrayContent(file.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.Type);
            content.Add(part, "Logo", file.Name);
        }

        return await browser.PostMultipartAsync(url, content, token!);
    }
}
