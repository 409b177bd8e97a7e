namespace RecruiterPortal.Core.Pipeline;

/// <summary>Column sizes the engine trims to, so a long exception message never fails a status write.</summary>
internal static class PipelineLimits
{
    public const int MessageLength = 1000;

    public const int ErrorLength = 2000;

    public static string? Trim(string? text, int length) =>
        text is null || text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
