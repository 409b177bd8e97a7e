using System.Collections.Concurrent;

namespace RecruiterPortal.Hosting;

/// <summary>Section <c>Circuits</c>: <c>MaxPerUser</c> connected portal tabs per user (20).</summary>
public sealed class CircuitOptions
{
    public const string Section = "Circuits";

    public int MaxPerUser { get; set; } = 20;
}

/// <summary>One per process: how many connected circuits (open tabs) each user has.</summary>
public sealed class CircuitCounter
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Counts one more circuit for the user unless that would pass <paramref name="max"/>.</summary>
    public bool TryAdd(string user, int max)
    {
        while (true)
        {
            // A user whose tabs all closed keeps an entry of 0: that entry is updated, not added again.
            var known = _open.TryGetValue(user, out var current);
            if (current >= max)
            {
                return false;
            }

            if (known ? _open.TryUpdate(user, current + 1, current) : _open.TryAdd(user, 1))
            {
                return true;
            }
        }
    }

    /// <summary>Counts one circuit fewer; re-adding after a reconnect is never refused.</summary>
    public void Add(string user) => _open.AddOrUpdate(user, 1, (_, n) => n + 1);

    public void Remove(string user) => _open.AddOrUpdate(user, 0, (_, n) => Math.Max(0, n - 1));

    public int CountOf(string user) => _open.GetValueOrDefault(user);
}
