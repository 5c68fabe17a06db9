namespace Dashboard.Data.Storage;

/// <summary>Which database an installation keeps its data in (docs/installatie-en-beheer.md#postgresql): setting `Database:Provider`.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the app: the embedded default.</summary>
    Sqlite,

    /// <summary>A database an IT department runs, shared by several web servers.</summary>
    PostgreSql,
}
