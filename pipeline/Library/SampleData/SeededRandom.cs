namespace Analytics.Pipeline.SampleData;

/// <summary>
/// A small, fast, portable random source (xoshiro256**, seeded by SplitMix64) with the draws the
/// generator needs. Written here rather than System.Random so that the sequence can never change
/// with a runtime upgrade: sample files must stay byte-identical.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>An independent stream for (seed, stream, index), e.g. one per generated day.</summary>
    public SeededRandom(int seed, ulong stream, long index = 0)
    {
        var x = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ (stream * 0xD1B54A32D192ED03UL) ^ ((ulong)index * 0xAEF17502108EF2D9UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int Next(int n) => (int)((NextUInt64() >> 32) * (ulong)n >> 32);

    /// <summary>Uniform integer in [0, n).</summary>
    public long NextLong(long n) => (long)Math.BigMul(NextUInt64(), (ulong)n, out _);

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal (Box-Muller, one value per call).</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Lognormal with the given median and log-space standard deviation.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Gamma(shape, scale 1), Marsaglia-Tsang.</summary>
    public double Gamma(double shape)
    {
        if (shape < 1.0)
        {
            return Gamma(shape + 1.0) * Math.Pow(NextDouble(), 1.0 / shape);
        }
        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal();
                v = 1.0 + (c * x);
            }
            while (v <= 0);
            v = v * v * v;
            var u = NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    /// <summary>Poisson(mean): inversion for small means, a rounded normal for large ones.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }
        if (mean > 40)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * Normal())));
        }
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }
        return k;
    }

    /// <summary>Negative binomial with the given mean and dispersion r (variance = mean + mean^2 / r).</summary>
    public int NegativeBinomial(double mean, double r) => Poisson(Gamma(r) * mean / r);
}
