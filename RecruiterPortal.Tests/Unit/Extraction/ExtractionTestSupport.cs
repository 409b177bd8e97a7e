using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Extraction;

namespace RecruiterPortal.Tests.Unit.Extraction;

internal static class ExtractionTestSupport
{
    public static DocumentTextExtractor Extractor(Action<ExtractionOptions>? configure = null, IProcessRunner? runner = null)
    {
        var options = new ExtractionOptions();
        configure?.Invoke(options);
        return new DocumentTextExtractor(
            Options.Create(options),
            runner ?? new ProcessRunner(NullLogger<ProcessRunner>.Instance),
            NullLogger<DocumentTextExtractor>.Instance);
    }

    public static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction", name));

    public static Task<Result<ExtractedDocument>> ExtractAsync(byte[] content, string fileName, Action<ExtractionOptions>? configure = null) =>
        Extractor(configure).ExtractAsync(content, fileName, CancellationToken.None);

    /// <summary>Asserts a refusal with the code and a sentence a recruiter can read (no exception text).</summary>
    public static void AssertRefused(Result<ExtractedDocument> result, string code)
    {
        Assert.False(result.IsSuccess, $"Expected refusal '{code}' but extraction succeeded.");
        Assert.Equal(code, result.Code);
        var message = result.Error!;
        Assert.InRange(message.Length, 10, 300);
        Assert.True(char.IsUpper(message[0]), $"Message should start like a sentence: {message}");
        Assert.EndsWith(".", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", message, StringComparison.Ordinal);
        Assert.DoesNotContain("pdftotext", message, StringComparison.Ordinal);
    }
}
