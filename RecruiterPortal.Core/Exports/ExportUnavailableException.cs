namespace RecruiterPortal.Core.Exports;

/// <summary>A format cannot be produced right now (its renderer is missing or failed); the message says what to do.</summary>
public sealed class ExportUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
