using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Extraction;

namespace RecruiterPortal.Tests.Unit.Extraction;

public sealed class ExtractionRegistrationTests
{
    [Fact]
    public void Options_bind_from_the_extraction_section_and_the_extractor_resolves()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Extraction:PdfMaxPages"] = "20",
                ["Extraction:PdfTimeout"] = "00:00:05",
                ["Extraction:MaxFileBytes"] = "1048576",
            })
            .Build();
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddDocumentTextExtraction(configuration)
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ExtractionOptions>>().Value;

        Assert.Equal(20, options.PdfMaxPages);
        Assert.Equal(TimeSpan.FromSeconds(5), options.PdfTimeout);
        Assert.Equal(1_048_576, options.MaxFileBytes);
        Assert.Equal(1_000, options.DocxMaxEntries);
        Assert.IsType<DocumentTextExtractor>(provider.GetRequiredService<IDocumentTextExtractor>());
    }
}
