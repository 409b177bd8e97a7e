namespace RecruiterPortal.Core.Common;

/// <summary>
/// The outcome of an operation that can fail for an expected reason (an unreadable file, a refused
/// LLM answer, a quota). <see cref="Error"/> is a message a recruiter can act on.
/// </summary>
public readonly record struct Result<T>
{
    private Result(T? value, string? error, string? code)
    {
        Value = value;
        Error = error;
        Code = code;
    }

    public T? Value { get; }

    public string? Error { get; }

    /// <summary>A short machine-readable reason, e.g. <c>too_large</c> or <c>scanned_pdf</c>.</summary>
    public string? Code { get; }

    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null, null);

    public static Result<T> Fail(string error, string code = "failed") => new(default, error, code);
}
