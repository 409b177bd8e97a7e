using Microsoft.Extensions.DependencyInjection;

namespace RecruiterPortal.Core.Exports;

/// <summary>Registers the resume exporters (Markdown, HTML, DOCX, PDF), the shared PDF browser and the export service.</summary>
public static class ExportServiceCollectionExtensions
{
    public static IServiceCollection AddPortalExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PdfBrowser>();
        services.AddSingleton<IDocumentExporter, MarkdownExporter>();
        services.AddSingleton<IDocumentExporter, HtmlExporter>();
        services.AddSingleton<IDocumentExporter, DocxExporter>();
        services.AddSingleton<IDocumentExporter, PdfExporter>();
        services.AddScoped<TailoredResumeExportService>();
        return services;
    }
}
