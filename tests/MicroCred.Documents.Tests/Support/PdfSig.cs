using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MicroCred.Documents.Tests.Support;

/// <summary>Runs poppler's pdfsig on PDF bytes. test.sh installs poppler-utils; a missing pdfsig fails the test.</summary>
public static class PdfSig
{
    public static string Run(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"microcred-sig-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(path);
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("pdfsig did not start.");
            }
            catch (Win32Exception ex)
            {
                Assert.Fail($"pdfsig is not installed or not on PATH ({ex.Message}). Install it: apt-get install -y poppler-utils");
                throw;
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                return stdout.Result + stderr;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A self-signed seal certificate like the portal's: ECDSA P-256 (ES256) unless RSA is asked for.</summary>
    public static X509Certificate2 SealCertificate(string organisation = "Rijnmond University", bool rsa = false)
    {
        var subject = new X500DistinguishedName($"CN={organisation} seal, O={organisation}, C=NL");
        CertificateRequest request;
        if (rsa)
        {
            using var key = RSA.Create(2048);
            request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            AddUsage(request);
            return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        }

        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        request = new CertificateRequest(subject, ec, HashAlgorithmName.SHA256);
        AddUsage(request);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
    }

    private static void AddUsage(CertificateRequest request) =>
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
}
