using RecruiterPortal.Core.Extraction;

namespace RecruiterPortal.Tests.Unit.Extraction;

/// <summary>A process runner whose behaviour each test scripts, recording every request it got.</summary>
internal sealed class FakeProcessRunner(Func<ProcessRunRequest, CancellationToken, Task<ProcessRunResult>> behaviour) : IProcessRunner
{
    public List<ProcessRunRequest> Requests { get; } = [];

    public Task<ProcessRunResult> RunAsync(ProcessRunRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return behaviour(request, cancellationToken);
    }
}
