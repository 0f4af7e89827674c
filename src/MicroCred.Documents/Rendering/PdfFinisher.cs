using System.IO.Compression;
using MicroCred.Documents.Layout;
using MicroCred.Documents.Sealing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// Completes a composed document in one save: builds PDFsharp's font subsets ahead of the save and slims them, Flate-compresses
/// the page content and other plain streams (as proper zlib data, which PDFsharp 6.2.4's own compression is not), embeds
/// attachments and seals the document while PDFsharp writes it.
/// </summary>
internal static class PdfFinisher
{
    public static void Finish(PdfDocument document, Stream output, IReadOnlyList<EmbeddedFile> attachments, PdfSeal? seal, DateTimeOffset modified)
    {
        FontSubsets.Build(document);
        SlimFonts(document);
        CompressPlainStreams(document);
        if (attachments.Count > 0)
        {
            Attach(document, attachments, modified);
        }

        if (seal is not null)
        {
            var options = new DigitalSignatureOptions
            {
                Reason = seal.Reason ?? "",
                Location = seal.Location ?? "",
                ContactInfo = seal.ContactInfo ?? "",
                AppName = "MicroCred",
                PageIndex = 0,
                Rectangle = new XRect(0, 0, 0, 0),
            };
            DigitalSignatureHandler.ForDocument(document, new PdfSealSigner(seal.Certificate), options);
        }

        document.Save(output, closeStream: false);
    }

    private static void SlimFonts(PdfDocument document)
    {
        foreach (var obj in document.Internals.GetAllObjects())
        {
            if (obj is not PdfDictionary font || font.Elements.GetName("/Subtype") != "/CIDFontType2")
            {
                continue;
            }

            var descriptor = font.Elements.GetDictionary("/FontDescriptor");
            var file = descriptor?.Elements.GetDictionary("/FontFile2");
            if (file?.Stream is null)
            {
                continue;
            }

            var used = new HashSet<int>();
            if (font.Elements.GetArray("/W") is { } widths)
            {
                // /W [ first [w1 w2 ...] first last w ... ]
                for (var i = 0; i < widths.Elements.Count;)
                {
                    var first = widths.Elements.GetInteger(i);
                    if (i + 1 < widths.Elements.Count && widths.Elements.GetArray(i + 1) is { } list)
                    {
                        for (var k = 0; k < list.Elements.Count; k++)
                        {
                            used.Add(first + k);
                        }

                        i += 2;
                    }
                    else
                    {
                        var last = widths.Elements.GetInteger(i + 1);
                        for (var g = first; g <= last; g++)
                        {
                            used.Add(g);
                        }

                        i += 3;
                    }
                }
            }

            var slim = TrueTypeSlimmer.Slim(file.Stream.UnfilteredValue, used);
            if (slim is not null)
            {
                SetCompressed(file, slim);
                file.Elements.SetInteger("/Length1", slim.Length);
            }
        }
    }

    private static void CompressPlainStreams(PdfDocument document)
    {
        foreach (var obj in document.Internals.GetAllObjects())
        {
            if (obj is PdfDictionary { Stream: not null } dict && !dict.Elements.ContainsKey("/Filter") && dict.Elements.GetName("/Type") != "/Metadata"
                && dict.Stream.Length > 64)
            {
                SetCompressed(dict, dict.Stream.Value);
            }
        }
    }

    private static void SetCompressed(PdfDictionary dict, byte[] data)
    {
        using var buffer = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        dict.Elements.Remove("/DecodeParms");
        dict.Elements.SetName("/Filter", "/FlateDecode");
        dict.Stream.Value = buffer.ToArray();
        dict.Elements.SetInteger("/Length", dict.Stream.Value.Length);
    }

    private static void Attach(PdfDocument document, IReadOnlyList<EmbeddedFile> attachments, DateTimeOffset modified)
    {
        var names = new PdfArray(document);
        var associated = new PdfArray(document);
        foreach (var file in attachments.OrderBy(f => f.FileName, StringComparer.Ordinal))
        {
            var stream = new PdfDictionary(document);
            stream.Elements.SetName("/Type", "/EmbeddedFile");
            stream.Elements.SetName("/Subtype", "/" + file.MimeType);   // PDFsharp writes the "/" inside as #2F
            var parameters = new PdfDictionary(document);
            parameters.Elements.SetInteger("/Size", file.Content.Length);
            parameters.Elements.SetString("/ModDate", PdfDate(modified));
            parameters.Elements.SetString("/CheckSum", System.Text.Encoding.Latin1.GetString(System.Security.Cryptography.MD5.HashData(file.Content)));
            stream.Elements["/Params"] = parameters;
            stream.CreateStream([]);
            SetCompressed(stream, file.Content);
            document.Internals.AddObject(stream);

            var embedded = new PdfDictionary(document);
            embedded.Elements["/F"] = stream.Reference;
            embedded.Elements["/UF"] = stream.Reference;
            var spec = new PdfDictionary(document);
            spec.Elements.SetName("/Type", "/Filespec");
            spec.Elements["/F"] = new PdfString(AsciiName(file.FileName));
            spec.Elements["/UF"] = new PdfString(file.FileName, PdfStringEncoding.Unicode);
            spec.Elements["/EF"] = embedded;
            spec.Elements.SetName("/AFRelationship", "/" + file.Relationship);
            if (file.Description is { Length: > 0 } description)
            {
                spec.Elements["/Desc"] = new PdfString(description, PdfStringEncoding.Unicode);
            }

            document.Internals.AddObject(spec);
            names.Elements.Add(new PdfString(file.FileName, PdfStringEncoding.Unicode));
            names.Elements.Add(spec.Reference!);
            associated.Elements.Add(spec.Reference!);
        }

        var catalog = document.Internals.Catalog;
        var nameDictionary = catalog.Elements.GetDictionary("/Names");
        if (nameDictionary is null)
        {
            nameDictionary = new PdfDictionary(document);
            catalog.Elements["/Names"] = nameDictionary;
        }

        var tree = new PdfDictionary(document);
        tree.Elements["/Names"] = names;
        nameDictionary.Elements["/EmbeddedFiles"] = tree;
        catalog.Elements["/AF"] = associated;
    }

    private static string AsciiName(string name) =>
        new([.. name.Select(c => c is >= ' ' and < (char)127 ? c : '_')]);

    private static string PdfDate(DateTimeOffset value) =>
        "D:" + value.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "Z";
}
