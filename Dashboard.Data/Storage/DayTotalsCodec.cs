namespace Dashboard.Data.Storage;

/// <summary>
/// The days column of sales_daily: a month's day totals of one practice and category as bytes. For each day with sales, in
/// order, the day (1–31) and then its seven sums (those of Figures/Data/SalesTotals, in that order) as zigzag varints —
/// small numbers, so some 15 bytes a day instead of 57. In memory a month is 32 × 7 numbers, day d's sums at d × 7 (day 0
/// unused). One row a month instead of one a day is what keeps the import's share small: a million sales rows of
/// docs/prestaties.md#sectorschaal touch some 11,000 months against 260,000 days (BENCHMARKS.md, "A period that cuts
/// through months").
/// </summary>
public static class DayTotalsCodec
{
    public const int Sums = 7;

    /// <summary>The length of a month in memory: 32 days (0 unused) of <see cref="Sums"/> numbers.</summary>
    public const int MonthLength = 32 * Sums;

    /// <summary>The days of <paramref name="month"/> with any sum other than zero; no bytes for a month without any.</summary>
    public static byte[] Encode(ReadOnlySpan<long> month)
    {
        Span<byte> buffer = stackalloc byte[32 * (1 + Sums * 10)];
        var at = 0;
        for (var day = 1; day < 32; day++)
        {
            var sums = month.Slice(day * Sums, Sums);
            if (!sums.ContainsAnyExcept(0L))
            {
                continue;
            }
            buffer[at++] = (byte)day;
            foreach (var value in sums)
            {
                var zigzag = (ulong)((value << 1) ^ (value >> 63));
                while (zigzag >= 0x80)
                {
                    buffer[at++] = (byte)(zigzag | 0x80);
                    zigzag >>= 7;
                }
                buffer[at++] = (byte)zigzag;
            }
        }
        return buffer[..at].ToArray();
    }

    /// <summary>Adds the days in <paramref name="bytes"/> to <paramref name="month"/>.</summary>
    public static void AddTo(ReadOnlySpan<byte> bytes, Span<long> month)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            var sums = month.Slice(bytes[at++] * Sums, Sums);
            for (var i = 0; i < Sums; i++)
            {
                ulong zigzag = 0;
                var shift = 0;
                byte b;
                do
                {
                    b = bytes[at++];
                    zigzag |= (ulong)(b & 0x7F) << shift;
                    shift += 7;
                }
                while (b >= 0x80);
                sums[i] += (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
            }
        }
    }
}
