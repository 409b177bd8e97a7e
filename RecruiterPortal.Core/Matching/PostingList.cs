namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Inverted lists in compressed-row form: for each key, the candidates (ascending) that have it and
/// a value per candidate (term frequency, mention count). Three flat arrays, no per-key objects.
/// </summary>
internal sealed class PostingList
{
    private readonly Dictionary<string, int> _keys;
    private readonly int[] _offsets;

    private PostingList(Dictionary<string, int> keys, int[] offsets, int[] docs, int[] values)
    {
        _keys = keys;
        _offsets = offsets;
        Docs = docs;
        Values = values;
    }

    public int[] Docs { get; }

    public int[] Values { get; }

    /// <summary>The slice of <see cref="Docs"/>/<see cref="Values"/> for a key; empty when no candidate has it.</summary>
    public (int Start, int End) Range(string key) =>
        _keys.TryGetValue(key, out var id) ? (_offsets[id], _offsets[id + 1]) : (0, 0);

    public sealed class Builder
    {
        private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
        private readonly List<int> _keyOf = [];
        private readonly List<int> _docOf = [];
        private readonly List<int> _valueOf = [];

        /// <summary>Adds a posting; documents must be added in ascending order.</summary>
        public void Add(string key, int doc, int value)
        {
            if (!_keys.TryGetValue(key, out var id))
            {
                id = _keys.Count;
                _keys[key] = id;
            }

            _keyOf.Add(id);
            _docOf.Add(doc);
            _valueOf.Add(value);
        }

        public PostingList Build()
        {
            // Counting sort by key keeps each list's documents in the order they were added.
            var offsets = new int[_keys.Count + 1];
            foreach (var key in _keyOf)
            {
                offsets[key + 1]++;
            }

            for (var k = 0; k < _keys.Count; k++)
            {
                offsets[k + 1] += offsets[k];
            }

            var next = offsets[..^1];
            var docs = new int[_keyOf.Count];
            var values = new int[_keyOf.Count];
            for (var p = 0; p < _keyOf.Count; p++)
            {
                var slot = next[_keyOf[p]]++;
                docs[slot] = _docOf[p];
                values[slot] = _valueOf[p];
            }

            return new PostingList(new Dictionary<string, int>(_keys, StringComparer.Ordinal), offsets, docs, values);
        }
    }
}
