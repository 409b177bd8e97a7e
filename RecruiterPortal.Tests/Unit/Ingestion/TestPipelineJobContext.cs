using System.Text.Json;
using RecruiterPortal.Core.Pipeline;

namespace RecruiterPortal.Tests.Unit.Ingestion;

/// <summary>
/// A synchronous stand-in for the pipeline engine's job context. Checkpoints are kept as JSON in a
/// store the test can hand to a later run, as the engine would after a crash.
/// </summary>
internal sealed class TestPipelineJobContext(
    PipelineJobRequest request,
    IServiceProvider services,
    Dictionary<string, string> checkpoints,
    int attempt = 1) : PipelineJobContext
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public override Guid JobId { get; } = Guid.NewGuid();

    public override Guid TenantId => request.TenantId;

    public override string Kind => request.Kind;

    public override int Attempt => attempt;

    public override Guid? CorrelationId => request.CorrelationId;

    public override Guid? SubjectId => request.SubjectId;

    public override IServiceProvider Services => services;

    public List<(string Step, int Percent)> Progress { get; } = [];

    public string? ResultJson { get; private set; }

    /// <summary>Thrown right after this step's checkpoint is saved, to simulate a crash.</summary>
    public string? CrashAfterCheckpoint { get; init; }

    public override T GetPayload<T>() => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(request.Payload, _json), _json)!;

    public override Task<T?> LoadCheckpointAsync<T>(string step, CancellationToken cancellationToken = default) where T : default =>
        Task.FromResult(checkpoints.TryGetValue(step, out var json) ? JsonSerializer.Deserialize<T>(json, _json) : default);

    public override Task SaveCheckpointAsync<T>(string step, T state, CancellationToken cancellationToken = default)
    {
        checkpoints[step] = JsonSerializer.Serialize(state, _json);
        return step == CrashAfterCheckpoint ? throw new SimulatedCrashException(step) : Task.CompletedTask;
    }

    public override Task ReportProgressAsync(string step, int percent, string? message = null, CancellationToken cancellationToken = default)
    {
        Progress.Add((step, percent));
        return Task.CompletedTask;
    }

    public override void SetResult(object result) => ResultJson = JsonSerializer.Serialize(result, _json);
}
