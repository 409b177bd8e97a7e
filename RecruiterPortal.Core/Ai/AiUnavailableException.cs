namespace RecruiterPortal.Core.Ai;

/// <summary>The provider gave no usable answer after every attempt; the message says why, fit to show a recruiter.</summary>
public sealed class AiUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
