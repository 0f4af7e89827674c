using System.Globalization;
using System.Text.Json.Nodes;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;

namespace MicroCred.Domain.Credentials.Formats;

/// <summary>
/// Small builders for the ELM v3 nodes that the European Digital Credential and the learning opportunity export share
/// (organisations, concepts, notes, the learning achievement specification). All text is tagged English: it is the
/// language the portal stores course and certificate text in.
/// </summary>
internal static class ElmNodes
{
    public const string Language = "en";
    public const string EdcContext = "http://data.europa.eu/snb/model/context/edc-ap";
    public const string VcContext = "https://www.w3.org/2018/credentials/v1";
    public const string XsdAnyUri = "http://www.w3.org/2001/XMLSchema#anyURI";

    public static JsonObject Text(string text) => new() { [Language] = text };

    public static JsonObject Note(string text) => new() { ["type"] = "Note", ["noteLiteral"] = Text(text) };

    public static JsonObject Concept(string id, string scheme, string label, string? notation = null)
    {
        var concept = new JsonObject
        {
            ["id"] = id,
            ["type"] = "Concept",
            ["inScheme"] = new JsonObject { ["id"] = scheme, ["type"] = "ConceptScheme" },
        };
        if (notation is not null)
        {
            concept["notation"] = notation;
        }

        concept["prefLabel"] = Text(label);
        return concept;
    }

    /// <summary>A concept of the portal's own scheme, for values the EU controlled lists have no entry for.</summary>
    public static JsonObject LocalConcept(string scheme, string key, string label) =>
        Concept($"{ElmVocabulary.LocalSchemePrefix}{scheme}:{key}", ElmVocabulary.LocalSchemePrefix + scheme, label);

    public static JsonObject Country(string alpha2)
    {
        var alpha3 = ElmVocabulary.CountryAlpha3(alpha2);
        return alpha3 is null
            ? LocalConcept("country", alpha2.Trim().ToUpperInvariant(), alpha2.Trim().ToUpperInvariant())
            : Concept($"{ElmVocabulary.CountryScheme}/{alpha3}", ElmVocabulary.CountryScheme, ElmVocabulary.CountryName(alpha2), "country");
    }

    public static JsonObject English() =>
        Concept($"{ElmVocabulary.LanguageScheme}/ENG", ElmVocabulary.LanguageScheme, "English", "language");

    public static JsonObject EqfLevel(int level) =>
        Concept($"http://data.europa.eu/snb/eqf/{level.ToString(CultureInfo.InvariantCulture)}", "http://data.europa.eu/snb/eqf/25831c2", $"Level {level.ToString(CultureInfo.InvariantCulture)}");

    public static JsonObject EctsCredits(decimal credits) => new()
    {
        ["type"] = "CreditPoint",
        ["framework"] = Concept("http://data.europa.eu/snb/education-credit/6fcec5c5af", "http://data.europa.eu/snb/education-credit/25831c2", "European Credit Transfer System"),
        ["point"] = Describe.Ects(credits),
    };

    /// <summary>The EU "mode of learning and assessment" list: online, blended, presential.</summary>
    public static JsonObject? Mode(DeliveryMode? mode)
    {
        const string scheme = "http://data.europa.eu/snb/learning-assessment/25831c2";
        return mode switch
        {
            DeliveryMode.OnlineDistanceAsynchronous or DeliveryMode.OnlineSynchronous =>
                Concept("http://data.europa.eu/snb/learning-assessment/920fbb3cbe", scheme, "Online"),
            DeliveryMode.Blended or DeliveryMode.SynchronousHybrid =>
                Concept("http://data.europa.eu/snb/learning-assessment/e92d221e4d", scheme, "Blended"),
            DeliveryMode.FaceToFace => Concept("http://data.europa.eu/snb/learning-assessment/9191af2ed9", scheme, "Presential"),
            _ => null,
        };
    }

    /// <summary>Volume of learning as an xsd:duration in hours (PT60H).</summary>
    public static string? Hours(decimal hours) =>
        hours > 0 ? "PT" + hours.ToString("0.##", CultureInfo.InvariantCulture) + "H" : null;

    /// <summary>
    /// An organisation as ELM requires it (legal name and a location with a country). The registration is the legal
    /// identifier the institution recorded; <paramref name="eidas"/> repeats it as the eIDAS legal identifier, which the
    /// EDC profile requires of the issuer.
    /// </summary>
    public static JsonObject Organisation(string? id, string name, string countryCode, string? legalIdentifier, bool eidas, string? homepage = null)
    {
        var org = new JsonObject { ["type"] = "Organisation" };
        if (id is not null)
        {
            org["id"] = id;
        }

        // Nested nodes get ids derived from the organisation's, so an organisation written out in several places (issuer,
        // awarding body) is one node with one location and one legal identifier, not several blank copies.
        org["legalName"] = Text(name);
        var location = new JsonObject { ["type"] = "Location" };
        var address = new JsonObject { ["type"] = "Address", ["countryCode"] = Country(countryCode) };
        if (id is not null)
        {
            location["id"] = id + "#location";
            address["id"] = id + "#address";
        }

        location["address"] = address;
        org["location"] = location;
        if (!string.IsNullOrWhiteSpace(legalIdentifier))
        {
            var legal = LegalIdentifier(legalIdentifier, countryCode);
            if (id is not null)
            {
                legal["id"] = id + "#legal-identifier";
            }

            org["registration"] = legal;
            if (eidas)
            {
                org["eIDASIdentifier"] = legal.DeepClone();
            }
        }

        if (!string.IsNullOrWhiteSpace(homepage) && Uri.TryCreate(homepage, UriKind.Absolute, out var page))
        {
            org["homepage"] = new JsonObject { ["type"] = "WebResource", ["contentURL"] = page.ToString() };
        }

        return org;
    }

    public static JsonObject LegalIdentifier(string notation, string countryCode) => new()
    {
        ["type"] = "LegalIdentifier",
        ["notation"] = notation.Trim(),
        ["spatial"] = Country(countryCode),
    };

    public static JsonObject Png(byte[] png) => new()
    {
        ["type"] = "MediaObject",
        ["content"] = Convert.ToBase64String(png),
        ["contentEncoding"] = Concept("http://data.europa.eu/snb/encoding/6146cde7dd", "http://data.europa.eu/snb/encoding/25831c2", "base64"),
        ["contentType"] = Concept("http://publications.europa.eu/resource/authority/file-type/PNG", "http://publications.europa.eu/resource/authority/file-type", "PNG", "file-type"),
    };

    /// <summary>The course's EQF level: the design's declared level (W06), else the majority level of its outcomes.</summary>
    public static int? EqfLevelOf(DesignContent design)
    {
        if (design.LearningOutcomes.EqfLevel is { } declared)
        {
            return (int)declared;
        }

        var levels = design.LearningOutcomes.Outcomes.Where(o => o.EqfLevel is not null).Select(o => (int)o.EqfLevel!.Value).ToList();
        return levels.Count == 0 ? null : EqfLevels.MajorityLevel(levels);
    }

    /// <summary>The dominant delivery mode (W10), else the only mode declared.</summary>
    public static DeliveryMode? ModeOf(DesignContent design) =>
        design.Delivery.DominantMode ?? (design.Delivery.DeliveryModes.Count == 1 ? design.Delivery.DeliveryModes[0] : null);

    /// <summary>Entry requirements in words: the prerequisites, else the admission criteria (W16).</summary>
    public static string? EntryRequirements(DesignContent design)
    {
        if (!string.IsNullOrWhiteSpace(design.Admission.Prerequisites))
        {
            return design.Admission.Prerequisites.Trim();
        }

        var criteria = design.Admission.Criteria.Select(c => c.Description?.Trim()).Where(d => !string.IsNullOrEmpty(d)).ToList();
        return criteria.Count == 0 ? null : string.Join("; ", criteria);
    }

    /// <summary>
    /// The course as a learning achievement specification: title, outcomes, credits, volume, level, mode, entry requirements.
    /// <paramref name="outcomes"/> are the outcome statements as the credential or the design states them.
    /// </summary>
    public static JsonObject Specification(
        string id, string title, IReadOnlyList<string> outcomes, decimal? ects, decimal hours, int? eqfLevel, DeliveryMode? mode, string? entryRequirements)
    {
        var spec = new JsonObject
        {
            ["id"] = id,
            ["type"] = "LearningAchievementSpecification",
            ["title"] = Text(title),
            ["language"] = English(),
        };
        if (eqfLevel is { } level)
        {
            spec["eqfLevel"] = EqfLevel(level);
        }

        if (ects is { } credits && credits > 0)
        {
            spec["creditPoint"] = EctsCredits(credits);
        }

        if (Hours(hours) is { } volume)
        {
            spec["volumeOfLearning"] = volume;
        }

        if (Mode(mode) is { } m)
        {
            spec["mode"] = m;
        }

        if (!string.IsNullOrWhiteSpace(entryRequirements))
        {
            spec["entryRequirement"] = Note(entryRequirements);
        }

        var list = new JsonArray();
        for (var i = 0; i < outcomes.Count; i++)
        {
            list.Add(new JsonObject
            {
                ["id"] = $"{id}-outcome-{(i + 1).ToString(CultureInfo.InvariantCulture)}",
                ["type"] = "LearningOutcome",
                ["title"] = Text(outcomes[i]),
            });
        }

        if (list.Count > 0)
        {
            spec["learningOutcome"] = list;
        }

        return spec;
    }
}
