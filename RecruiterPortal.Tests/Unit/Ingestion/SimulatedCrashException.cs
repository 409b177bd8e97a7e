namespace RecruiterPortal.Tests.Unit.Ingestion;

/// <summary>A process dying mid-job, as far as the handler can tell: a transient, non-pipeline exception.</summary>
internal sealed class SimulatedCrashException(string step) : Exception($"Simulated crash after {step}.");
