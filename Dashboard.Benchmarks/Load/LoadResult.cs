using Dashboard.Benchmarks.Scale;

namespace Dashboard.Benchmarks.Load;

/// <summary>The server's memory with a number of idle circuits on one page, after a full GC.</summary>
public sealed record IdleMemory(string Page, int Circuits, long HeapBytes, long ResidentBytes, HeapDump Dump)
{
    public double HeapPerCircuit(IdleMemory baseline) => (double)(HeapBytes - baseline.HeapBytes) / Circuits;

    public double ResidentPerCircuit(IdleMemory baseline) => (double)(ResidentBytes - baseline.ResidentBytes) / Circuits;
}

/// <summary>One level of circuits on Overzicht: idle memory, then the active phase's filter changes.</summary>
public sealed record LoadLevel(
    IdleMemory Idle,
    FilterChangeResult Changes,
    double ServerCpuMs,
    Timings? ServerPageMs,
    FigureHistogram ComputedTables,
    double ClientCoreBusy)
{
    public int Circuits => Idle.Circuits;

    public int ChangeCount => Changes.BrowserMs.Count + Changes.Failures;

    public double CpuMsPerChange => ChangeCount == 0 ? double.NaN : ServerCpuMs / ChangeCount;

    public Timings? Browser => Changes.BrowserMs.Count == 0 ? null : new Timings("browser", Changes.BrowserMs);

    /// <summary>The browser's core was (nearly) full: the level measures the client as much as the server.</summary>
    public bool ClientLimited => ClientCoreBusy >= LoadRun.ClientLimit;
}

public sealed record LoadResult(
    LoadOptions Options,
    IdleMemory Baseline,
    IReadOnlyList<LoadLevel> Levels,
    IReadOnlyList<IdleMemory> OtherPages,
    IdleMemory AllClosed,
    int Contexts,
    string LoadAtStart,
    string LoadAtEnd,
    TimeSpan Elapsed);
