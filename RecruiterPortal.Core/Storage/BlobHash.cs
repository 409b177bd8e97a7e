using System.Security.Cryptography;

namespace RecruiterPortal.Core.Storage;

/// <summary>The content address of a file: lower-case hex SHA-256.</summary>
public static class BlobHash
{
    public static string Compute(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// True for a well-formed address. Checked before any path is built from one, so a crafted
    /// value can never climb out of the tenant's folder.
    /// </summary>
    public static bool IsValid(string? sha256) =>
        sha256 is { Length: 64 } && sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    internal static string Require(string sha256) =>
        IsValid(sha256) ? sha256 : throw new ArgumentException("Not a lower-case hex SHA-256.", nameof(sha256));
}
