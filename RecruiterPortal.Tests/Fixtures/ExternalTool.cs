using System.Diagnostics;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>Runs a command-line tool (pdftotext, soffice) with a time limit; the whole process tree is killed when it runs over.</summary>
public static class ExternalTool
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} ran longer than {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>The text of a PDF, as poppler's pdftotext reads it.</summary>
    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        using var folder = new TempFolder("rp-pdftext");
        var file = Path.Combine(folder.Path, "export.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var (code, text, error) = await RunAsync("pdftotext", ["-enc", "UTF-8", file, "-"], TimeSpan.FromSeconds(60));
        Assert.True(code == 0, $"pdftotext failed: {error}");
        return text;
    }
}
