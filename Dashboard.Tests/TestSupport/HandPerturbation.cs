namespace Dashboard.Tests.TestSupport;

/// <summary>
/// Cell-key perturbation computed by hand (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken) from the record keys
/// an installation stored: what a protected viewer must see of a count. No test writes a random key down; it reads
/// the keys that were drawn and does the sum.
/// </summary>
public static class HandPerturbation
{
    /// <summary>The record keys of the rows <paramref name="sql"/> selects (one column: record_key).</summary>
    public static IReadOnlyList<long> Keys(TestInstallation install, string sql) => install.Rows(sql, r => r.GetInt64(0));

    /// <summary>A count of the records with these keys as shown: 0 stays 0, else max(k, n + (Σ keys mod 256 mod 5) − 2).</summary>
    public static decimal Count(IReadOnlyCollection<long> recordKeys, int k = 5) =>
        recordKeys.Count == 0 ? 0 : Math.Max(k, recordKeys.Count + recordKeys.Sum() % 256 % 5 - 2);

    /// <summary>The cell key of records with these keys: Σ keys mod 256.</summary>
    public static long CellKey(IEnumerable<long> recordKeys) => recordKeys.Sum() % 256;
}
