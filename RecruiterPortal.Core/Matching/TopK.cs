namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Keeps the best k candidates seen, as a min-heap with the weakest at the root, so a ranking of N
/// costs N log k rather than a full sort. Ties go to the lower tie rank for a stable order.
/// </summary>
internal sealed class TopK(int capacity, int[] tieRank)
{
    private readonly double[] _scores = new double[capacity];
    private readonly int[] _docs = new int[capacity];
    private int _count;

    public void Offer(int doc, double score)
    {
        if (capacity == 0)
        {
            return;
        }

        if (_count < capacity)
        {
            _scores[_count] = score;
            _docs[_count] = doc;
            SiftUp(_count++);
        }
        else if (Better(score, doc, _scores[0], _docs[0]))
        {
            _scores[0] = score;
            _docs[0] = doc;
            SiftDown(0);
        }
    }

    /// <summary>The kept candidates, best first.</summary>
    public List<(int Doc, double Score)> Drain()
    {
        var items = new List<(int Doc, double Score)>(_count);
        for (var i = 0; i < _count; i++)
        {
            items.Add((_docs[i], _scores[i]));
        }

        items.Sort((a, b) => Better(a.Score, a.Doc, b.Score, b.Doc) ? -1 : Better(b.Score, b.Doc, a.Score, a.Doc) ? 1 : 0);
        return items;
    }

    private bool Better(double score, int doc, double otherScore, int otherDoc) =>
        score > otherScore || (score == otherScore && tieRank[doc] < tieRank[otherDoc]);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(_scores[parent], _docs[parent], _scores[i], _docs[i]))
            {
                break;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var left = 2 * i + 1;
            var right = left + 1;
            var worst = i;
            if (left < _count && Better(_scores[worst], _docs[worst], _scores[left], _docs[left]))
            {
                worst = left;
            }

            if (right < _count && Better(_scores[worst], _docs[worst], _scores[right], _docs[right]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
