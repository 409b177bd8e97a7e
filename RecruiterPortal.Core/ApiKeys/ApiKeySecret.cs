using System.Security.Cryptography;
using System.Text;

namespace RecruiterPortal.Core.ApiKeys;

/// <summary>Makes and hashes API key secrets: <c>rpk_</c> + 256 random bits, base64url.</summary>
public static class ApiKeySecret
{
    public const string Scheme = "rpk_";

    public const int MinLength = 32;

    public static string Generate() => Scheme + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret[..Math.Min(12, secret.Length)];

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
