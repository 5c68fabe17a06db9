using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports.Stores;

/// <summary>
/// `winkels` (docs/importbestanden.md#winkels): one row per store × practice. Organisations are created by name; a store code is
/// unique in the installation and belongs to one organisation; re-importing updates names, kind and area.
/// A scoped importer (docs/privacy-en-toegang.md#rollen-en-bereik) may only name organisations in their scope — so creates none — and is never told
/// the name of an organisation outside it.
/// </summary>
internal sealed class StoreImport : FileImport
{
    public static readonly ImportColumn Organisation = new("organisatie", "organisation", true, MaxLength: ImportColumn.NameLength);
    public static readonly ImportColumn Store = new("winkel", "store", true, ColumnValue.Identifier);
    public static readonly ImportColumn StoreName = new("winkelnaam", "store_name", true, MaxLength: ImportColumn.NameLength);
    public static readonly ImportColumn City = new("plaats", "city", false, MaxLength: ImportColumn.ShortTextLength);
    public static readonly ImportColumn Practice = new("praktijk", "practice", true, ColumnValue.Identifier);
    public static readonly ImportColumn PracticeName = new("praktijknaam", "practice_name", true, MaxLength: ImportColumn.NameLength);
    public static readonly ImportColumn Kind = new("soort", "kind", true, ColumnValue.Code, Codes.PracticeKinds);
    public static readonly ImportColumn FloorArea = new("vloeroppervlak_m2", "floor_area_m2", false, ColumnValue.Number);

    public static readonly IReadOnlyList<ImportColumn> Columns =
        [Organisation, Store, StoreName, City, Practice, PracticeName, Kind, FloorArea];

    private sealed record StoredStore(long Id, string Code, long OrganisationId);

    /// <summary>A store as the file describes it, with the row that first did.</summary>
    private sealed record FileStore(int Row, string Organisation, string Name, string? City)
    {
        public decimal? FloorArea { get; set; }
        public int? FloorAreaRow { get; set; }
        public long? Id { get; set; }

        /// <summary>Whether writing it changed a stored store's name, city or area.</summary>
        public bool Changed { get; set; }
    }

    private readonly Dictionary<string, long> _organisations = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> _demoOrganisations = [];
    private readonly Dictionary<long, string> _organisationNames = [];
    private readonly Dictionary<string, StoredStore> _storedStores = [];
    private readonly Dictionary<(long StoreId, string Practice), long> _storedPractices = [];
    private readonly Dictionary<string, FileStore> _fileStores = [];
    private readonly Dictionary<(string Store, string Practice), int> _filePractices = [];
    private int _newOrganisations, _newStores, _updatedStores, _newPractices, _updatedPractices, _updatedRows;

    public StoreImport(ImportContext context) : base(context)
    {
        var connection = context.Connection;
        foreach (var (id, name, demo) in connection.Query("SELECT id, name, is_demo FROM organisations",
                     r => (r.GetInt64(0), r.GetString(1), r.GetInt64(2) == 1), context.Transaction))
        {
            if (demo)
            {
                _demoOrganisations.Add(id);
            }
            _organisations[name] = id;
            _organisationNames[id] = name;
        }
        foreach (var store in connection.Query("SELECT id, code, organisation_id FROM stores",
                     r => new StoredStore(r.GetInt64(0), r.GetString(1), r.GetInt64(2)), context.Transaction))
        {
            _storedStores[CodeText.Normalize(store.Code)] = store;
        }
        foreach (var (id, storeId, code) in connection.Query("SELECT id, store_id, code FROM practices",
                     r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2)), context.Transaction))
        {
            _storedPractices[(storeId, CodeText.Normalize(code))] = id;
        }
    }

    public override void Row(RowReader row)
    {
        var organisation = row.Text(Organisation);
        if (organisation is not null && !Context.Request.IsDemo
            && _organisations.TryGetValue(organisation, out var existing) && _demoOrganisations.Contains(existing))
        {
            // Real data must never hang under a demo organisation: removing the demo would take it along.
            row.Problem(Organisation, organisation, "demo-organisatie",
                row.Message("Organisation.Demo", organisation), row.Message("Organisation.Demo.Suggestion"));
            organisation = null;
        }
        if (organisation is not null && !InScope(organisation))
        {
            // The same words whether the name exists or not: a scoped user learns no other organisation's name.
            var own = _organisations.Where(o => Context.Request.Scope.Includes(o.Value)).Select(o => $"'{o.Key}'").Order(StringComparer.Ordinal).ToList();
            row.Problem(Organisation, organisation, ImportProblem.OutsideScope,
                row.Message("Organisation.OutsideScope", organisation),
                own.Count == 0 ? null : row.Message("Organisation.OutsideScope.Suggestion", string.Join(row.Message("Organisation.Or"), own)));
            organisation = null;
        }
        var storeCode = row.Identifier(Store);
        var storeName = row.Text(StoreName);
        var city = row.Text(City);
        var practiceCode = row.Identifier(Practice);
        var practiceName = row.Text(PracticeName);
        var kind = row.Code(Kind);
        var floorArea = row.Number(FloorArea);
        if (floorArea is <= 0)
        {
            row.Problem(FloorArea, RowReader.Show(floorArea.Value), "buiten bereik", row.Message("Store.FloorArea"));
        }
        if (organisation is null || storeCode is null || storeName is null || practiceCode is null)
        {
            return;
        }
        var storeKey = CodeText.Normalize(storeCode);
        var fileStore = CheckStore(row, storeKey, storeCode, organisation, storeName, city, floorArea);
        var practiceKey = (storeKey, CodeText.Normalize(practiceCode));
        if (_filePractices.TryGetValue(practiceKey, out var firstRow))
        {
            row.Problem(Practice, practiceCode, "dubbele rij", row.Message("Store.DuplicateRow", storeCode, practiceCode, firstRow));
            return;
        }
        _filePractices[practiceKey] = row.Row;
        if (row.HasProblems || !Context.Writing || fileStore is null || practiceName is null || kind is null)
        {
            return;
        }
        var storeId = WriteStore(fileStore, storeKey, storeCode);
        var practice = WritePractice(storeId, practiceCode, practiceName, kind);
        if (practice == Written.Updated || practice == Written.Unchanged && fileStore.Changed)
        {
            _updatedRows++;
        }
    }

    /// <summary>Whether the importer may write under this organisation: a stored one in scope, or any with no scope.</summary>
    private bool InScope(string organisation) =>
        Context.Request.Scope.AllOrganisations
        || _organisations.TryGetValue(organisation, out var id) && Context.Request.Scope.Includes(id);

    private FileStore? CheckStore(RowReader row, string storeKey, string storeCode, string organisation, string storeName,
        string? city, decimal? floorArea)
    {
        if (_storedStores.TryGetValue(storeKey, out var stored)
            && !string.Equals(_organisationNames[stored.OrganisationId], organisation, StringComparison.OrdinalIgnoreCase))
        {
            var owner = Context.Request.Scope.Includes(stored.OrganisationId)
                ? row.Message("Store.Taken.Organisation", _organisationNames[stored.OrganisationId])
                : row.Message("Store.Taken.Other");
            row.Problem(Store, storeCode, "winkelcode bezet", row.Message("Store.Taken", storeCode, owner), row.Message("Store.Taken.Suggestion"));
            return null;
        }
        if (!_fileStores.TryGetValue(storeKey, out var fileStore))
        {
            fileStore = new FileStore(row.Row, organisation, storeName, city);
            _fileStores[storeKey] = fileStore;
        }
        else if (!string.Equals(fileStore.Organisation, organisation, StringComparison.OrdinalIgnoreCase))
        {
            row.Problem(Organisation, organisation, "ongelijk per winkel",
                row.Message("Store.Unequal.Organisation", storeCode, fileStore.Row, fileStore.Organisation));
        }
        else if (fileStore.Name != storeName)
        {
            row.Problem(StoreName, storeName, "ongelijk per winkel",
                row.Message("Store.Unequal.Name", storeCode, fileStore.Row, fileStore.Name));
        }
        else if (fileStore.City != city)
        {
            row.Problem(City, city, "ongelijk per winkel",
                row.Message("Store.Unequal.City", storeCode, fileStore.Row, fileStore.City));
        }
        if (floorArea is { } area)
        {
            if (fileStore.FloorArea is { } earlier && earlier != area)
            {
                row.Problem(FloorArea, RowReader.Show(area), "ongelijk per winkel",
                    row.Message("Store.Unequal.FloorArea", storeCode, fileStore.FloorAreaRow, earlier));
            }
            else
            {
                fileStore.FloorArea = area;
                fileStore.FloorAreaRow ??= row.Row;
            }
        }
        return fileStore;
    }

    private long WriteStore(FileStore store, string storeKey, string storeCode)
    {
        if (store.Id is { } written)
        {
            if (store.FloorArea is { } area)
            {
                store.Changed |= Context.Connection.Execute(
                    "UPDATE stores SET floor_area_m2 = @area WHERE id = @id AND floor_area_m2 IS DISTINCT FROM @area", Context.Transaction,
                    ("@area", (double)area), ("@id", written)) > 0;
            }
            return written;
        }
        var organisationId = OrganisationId(store.Organisation);
        if (_storedStores.TryGetValue(storeKey, out var stored))
        {
            // An empty city or area keeps what is stored: a file without those columns must not wipe them.
            store.Changed = Context.Connection.Execute(
                """
                UPDATE stores SET name = @name, city = COALESCE(@city, city), floor_area_m2 = COALESCE(@area, floor_area_m2)
                WHERE id = @id AND (name IS DISTINCT FROM @name OR city IS DISTINCT FROM COALESCE(@city, city) OR floor_area_m2 IS DISTINCT FROM COALESCE(@area, floor_area_m2))
                """,
                Context.Transaction, ("@name", store.Name), ("@city", store.City), ("@area", (double?)store.FloorArea), ("@id", stored.Id)) > 0;
            _updatedStores += store.Changed ? 1 : 0;
            store.Id = stored.Id;
        }
        else
        {
            store.Id = Context.Connection.Scalar<long>(
                "INSERT INTO stores (organisation_id, code, name, city, floor_area_m2) VALUES (@org, @code, @name, @city, @area) RETURNING id",
                Context.Transaction, ("@org", organisationId), ("@code", storeCode), ("@name", store.Name), ("@city", store.City),
                ("@area", (double?)store.FloorArea));
            _newStores++;
        }
        return store.Id.Value;
    }

    private enum Written
    {
        Added,
        Updated,
        Unchanged,
    }

    private Written WritePractice(long storeId, string code, string name, string kind)
    {
        if (_storedPractices.TryGetValue((storeId, CodeText.Normalize(code)), out var id))
        {
            var changed = Context.Connection.Execute(
                "UPDATE practices SET name = @name, kind = @kind WHERE id = @id AND (name <> @name OR kind <> @kind)",
                Context.Transaction, ("@name", name), ("@kind", kind), ("@id", id)) > 0;
            _updatedPractices += changed ? 1 : 0;
            return changed ? Written.Updated : Written.Unchanged;
        }
        Context.Connection.Execute("INSERT INTO practices (store_id, code, name, kind) VALUES (@store, @code, @name, @kind)",
            Context.Transaction, ("@store", storeId), ("@code", code), ("@name", name), ("@kind", kind));
        _newPractices++;
        return Written.Added;
    }

    private long OrganisationId(string name)
    {
        if (_organisations.TryGetValue(name, out var id))
        {
            return id;
        }
        // The demo sector takes part in the sector comparison at once; any other organisation when an administrator says so.
        id = Context.Connection.Scalar<long>("INSERT INTO organisations (name, is_demo, takes_part) VALUES (@name, @demo, @demo) RETURNING id",
            Context.Transaction, ("@name", name), ("@demo", Context.Request.IsDemo ? 1 : 0));
        _organisations[name] = id;
        _organisationNames[id] = name;
        _newOrganisations++;
        return id;
    }

    public override ImportSummary Complete(int rows)
    {
        var description = new ImportText("Summary.StoresFile", ImportText.Count("Summary.Rows", rows),
            ImportText.Count("Summary.NewOrganisations", _newOrganisations), ImportText.Count("Summary.NewStores", _newStores),
            ImportText.Count("Summary.NewPractices", _newPractices), ImportText.Count("Summary.Stores", _updatedStores),
            ImportText.Count("Summary.Practices", _updatedPractices));
        return new ImportSummary(ImportKind.Winkels, rows, description)
        {
            Added = _newPractices,
            Updated = _updatedRows,
            Unchanged = rows - _newPractices - _updatedRows,
        };
    }
}
