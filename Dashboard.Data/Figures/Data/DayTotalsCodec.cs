namespace Dashboard.Data.Figures.Data;

/// <summary>
/// The days of one month of a row of sales_daily (one practice and category) as bytes: for each day with sales, in order,
/// the day (1–31) and then the seven sums of <see cref="SalesTotals"/> as zigzag varints — small numbers, so some 15 bytes
/// a day instead of 57. One row a month instead of one a day is what makes the import's share cheap: at
/// docs/prestaties.md#sectorschaal a million rows hold some 11,000 of these against 260,000 day totals (BENCHMARKS.md,
/// "A period that cuts through months").
/// </summary>
internal static class DayTotalsCodec
{
    /// <summary>Index 1–31 is the day; index 0 is unused. A day with no rows is left out.</summary>
    public static byte[] Encode(ReadOnlySpan<SalesTotals> days)
    {
        Span<byte> buffer = stackalloc byte[32 * (1 + 7 * 10)];
        var at = 0;
        for (var day = 1; day < days.Length; day++)
        {
            ref readonly var t = ref days[day];
            if (t.Rows == 0 && t.RevenueCents == 0 && t.Items == 0 && t.WeightGrams == 0 && t.ItemsWithoutWeight == 0
                && t.RevenueCentsWithTransactions == 0 && t.Transactions == 0)
            {
                continue;
            }
            buffer[at++] = (byte)day;
            at = Write(buffer, at, t.RevenueCents);
            at = Write(buffer, at, t.Items);
            at = Write(buffer, at, t.WeightGrams);
            at = Write(buffer, at, t.ItemsWithoutWeight);
            at = Write(buffer, at, t.RevenueCentsWithTransactions);
            at = Write(buffer, at, t.Transactions);
            at = Write(buffer, at, t.Rows);
        }
        return buffer[..at].ToArray();
    }

    /// <summary>Adds the days in <paramref name="bytes"/> to <paramref name="days"/> (index = day).</summary>
    public static void AddTo(ReadOnlySpan<byte> bytes, Span<SalesTotals> days)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            ref var t = ref days[bytes[at++]];
            t.RevenueCents += Read(bytes, ref at);
            t.Items += Read(bytes, ref at);
            t.WeightGrams += Read(bytes, ref at);
            t.ItemsWithoutWeight += Read(bytes, ref at);
            t.RevenueCentsWithTransactions += Read(bytes, ref at);
            t.Transactions += Read(bytes, ref at);
            t.Rows += Read(bytes, ref at);
        }
    }

    /// <summary>The days in <paramref name="bytes"/>, with their sums.</summary>
    public static void Each(ReadOnlySpan<byte> bytes, Action<int, SalesTotals> day)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            int d = bytes[at++];
            var t = new SalesTotals
            {
                RevenueCents = Read(bytes, ref at),
                Items = Read(bytes, ref at),
                WeightGrams = Read(bytes, ref at),
                ItemsWithoutWeight = Read(bytes, ref at),
                RevenueCentsWithTransactions = Read(bytes, ref at),
                Transactions = Read(bytes, ref at),
                Rows = Read(bytes, ref at),
            };
            day(d, t);
        }
    }

    private static int Write(Span<byte> buffer, int at, long value)
    {
        var zigzag = (ulong)((value << 1) ^ (value >> 63));
        while (zigzag >= 0x80)
        {
            buffer[at++] = (byte)(zigzag | 0x80);
            zigzag >>= 7;
        }
        buffer[at++] = (byte)zigzag;
        return at;
    }

    private static long Read(ReadOnlySpan<byte> bytes, ref int at)
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
        return (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
    }
}
