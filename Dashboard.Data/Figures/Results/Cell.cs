namespace Dashboard.Data.Figures.Results;

/// <summary>
/// A count of records with its cell key: the sum of exactly those records' keys, modulo 256. Cell-key perturbation
/// shifts the count a protected viewer sees by the cell key (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken),
/// so the same records always give the same shown value, and other records almost always another shift.
/// </summary>
public readonly record struct Cell(int Count, int Key)
{
    /// <summary>The cell with one more record, whose key is <paramref name="recordKey"/>.</summary>
    public Cell With(byte recordKey) => new(Count + 1, (Key + recordKey) & 255);

    /// <summary>The cell of the records of two cells that share none (P6R's positive outflow: paid work and education).</summary>
    public static Cell operator +(Cell a, Cell b) => new(a.Count + b.Count, (a.Key + b.Key) & 255);
}
