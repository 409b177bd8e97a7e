using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RecruiterPortal.Core.Data.Configurations;

/// <summary>
/// Stores a list of strings as a JSON array in a text column, the same on SQLite and PostgreSQL
/// (no provider-specific array or jsonb types, so one model serves both). The comparer makes EF
/// notice changes inside the list, not only a replaced list.
/// </summary>
internal static class JsonListConversion
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.General);

    private static readonly ValueComparer<List<string>> _comparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.SequenceEqual(b)),
        v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
        v => v.ToList());

    public static PropertyBuilder<List<string>> HasJsonListConversion(this PropertyBuilder<List<string>> property) =>
        property
            .HasConversion(v => Serialize(v), v => Deserialize(v), _comparer)
            .HasColumnType("text")
            .IsRequired();

    private static string Serialize(List<string> value) => JsonSerializer.Serialize(value, _json);

    private static List<string> Deserialize(string value) =>
        string.IsNullOrEmpty(value) ? [] : JsonSerializer.Deserialize<List<string>>(value, _json) ?? [];
}
