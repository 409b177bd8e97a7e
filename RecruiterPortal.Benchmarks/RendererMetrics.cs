using System.Globalization;
using Microsoft.Playwright;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// Where watching pages spend their renderer main thread, summed over the pages, read through the
/// DevTools protocol's Performance domain: all tasks, script, style recalculation and layout, and how
/// many layouts ran. These are the durations of the renderer's tasks, so on a busy machine they include
/// time a task waited for a core; their shares show where the work goes. Painting and rasterising
/// happen on other threads and are not in these figures.
/// </summary>
internal sealed class RendererMetrics
{
    private readonly IReadOnlyList<ICDPSession> _sessions;

    private RendererMetrics(IReadOnlyList<ICDPSession> sessions) => _sessions = sessions;

    public static async Task<RendererMetrics> OpenAsync(IBrowserContext context, IEnumerable<IPage> pages)
    {
        var sessions = new List<ICDPSession>();
        foreach (var page in pages)
        {
            var session = await context.NewCDPSessionAsync(page);
            await session.SendAsync("Performance.enable");
            sessions.Add(session);
        }

        return new RendererMetrics(sessions);
    }

    public async Task<Sample> ReadAsync()
    {
        var total = new Sample(0, 0, 0, 0, 0);
        foreach (var session in _sessions)
        {
            var answer = await session.SendAsync("Performance.getMetrics");
            var values = answer!.Value.GetProperty("metrics").EnumerateArray()
                .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
            total = total.Plus(new Sample(values["TaskDuration"], values["ScriptDuration"], values["RecalcStyleDuration"], values["LayoutDuration"], values["LayoutCount"]));
        }

        return total;
    }

    /// <summary>Seconds of main-thread time (and a count of layouts) summed over the pages.</summary>
    public sealed record Sample(double Tasks, double Script, double Style, double Layout, double Layouts)
    {
        public Sample Plus(Sample other) => new(Tasks + other.Tasks, Script + other.Script, Style + other.Style, Layout + other.Layout, Layouts + other.Layouts);

        public Sample Minus(Sample other) => new(Tasks - other.Tasks, Script - other.Script, Style - other.Style, Layout - other.Layout, Layouts - other.Layouts);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"tasks {Tasks:F1} s of task time (script {Script:F1} s, style {Style:F1} s, layout {Layout:F1} s in {Layouts:F0} layouts)");
    }
}
