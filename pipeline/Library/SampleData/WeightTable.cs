namespace Analytics.Pipeline.SampleData;

/// <summary>Draws items in proportion to fixed weights.</summary>
internal sealed class WeightTable<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightTable(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("a weight table needs at least one positive weight", nameof(entries));
        }
        _items = list.Select(e => e.Item).ToArray();
        _cumulative = new double[list.Length];
        var total = list.Sum(e => e.Weight);
        var running = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            running += list[i].Weight / total;
            _cumulative[i] = running;
        }
        _cumulative[^1] = 1.0;
    }

    public IReadOnlyList<T> Items => _items;

    /// <summary>The probability of item <paramref name="index"/>.</summary>
    public double Share(int index) => _cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1]);

    public T Pick(SeededRandom rng) => _items[PickIndex(rng)];

    public int PickIndex(SeededRandom rng)
    {
        var u = rng.NextDouble();
        var i = 0;
        while (_cumulative[i] <= u)
        {
            i++;
        }
        return i;
    }
}
