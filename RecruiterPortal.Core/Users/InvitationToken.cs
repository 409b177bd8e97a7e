using System.Security.Cryptography;
using System.Text;

namespace RecruiterPortal.Core.Users;

/// <summary>The secret in a set-password link: 256 random bits, base64url; only its SHA-256 is stored.</summary>
public static class InvitationToken
{
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
