using System.Text;
using Microsoft.EntityFrameworkCore;

namespace RecruiterPortal.Core.Data;

/// <summary>
/// Names tables and columns in snake_case on both providers, so SQL written by hand (claims,
/// LISTEN/NOTIFY, reports) reads the same everywhere and PostgreSQL needs no quoting.
/// </summary>
internal static class SnakeCaseNames
{
    private static readonly Dictionary<string, string> IdentityTables = new(StringComparer.Ordinal)
    {
        ["AspNetUsers"] = "users",
        ["AspNetUserClaims"] = "user_claims",
        ["AspNetUserLogins"] = "user_logins",
        ["AspNetUserTokens"] = "user_tokens",
    };

    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && !entity.IsOwned())
            {
                entity.SetTableName(IdentityTables.GetValueOrDefault(table) ?? ToSnakeCase(table));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && (previousIsLower || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
