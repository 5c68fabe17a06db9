using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Data.Imports.Privacy;

/// <summary>
/// Draws the record keys of cell-key perturbation (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken): a key
/// 0–255 for every trajectory, certificate and participant when it is first stored. Real data gets keys from the
/// operating system's cryptographic source, so nobody can work them out; tests and the demo sector draw from a seeded
/// generator (the demo by its files' names), so that their protected figures are the same on every run and every installation. Imports run one at a
/// time, so one generator is never used by two threads at once.
/// </summary>
public sealed class RecordKeys
{
    private readonly Random? _seeded;

    private RecordKeys(Random? seeded) => _seeded = seeded;

    /// <summary>Keys nobody can predict: for real data.</summary>
    public static RecordKeys Secure() => new(null);

    /// <summary>The same keys in the same order for the same seed.</summary>
    public static RecordKeys Seeded(int seed) => new(new Random(seed));

    /// <summary>
    /// Keys seeded by a file's name: the demo sector's files, written anew on every installation (and never byte for byte
    /// the same: a workbook carries the time it was written), give the same keys everywhere.
    /// </summary>
    public static RecordKeys SeededByName(string fileName) => Seeded(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(fileName))));

    /// <summary>The next key, 0–255.</summary>
    public int Next() => _seeded?.Next(256) ?? RandomNumberGenerator.GetInt32(256);
}
