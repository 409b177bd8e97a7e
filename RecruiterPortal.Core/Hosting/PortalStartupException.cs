namespace RecruiterPortal.Core.Hosting;

/// <summary>
/// Configuration or environment the portal cannot start with. The message says what is wrong
/// and which setting to change; the host prints it instead of a stack trace.
/// </summary>
public sealed class PortalStartupException(string message, Exception? inner = null) : Exception(message, inner);
