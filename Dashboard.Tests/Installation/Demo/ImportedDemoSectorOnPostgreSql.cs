using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Installation.Demo;

/// <summary>The whole demo sector imported into a PostgreSQL database; nothing where no server is named (its tests skip).</summary>
public sealed class ImportedDemoSectorOnPostgreSql() : ImportedDemoSector(TestPostgreSql.SkipReason is null ? DatabaseProvider.PostgreSql : null);
