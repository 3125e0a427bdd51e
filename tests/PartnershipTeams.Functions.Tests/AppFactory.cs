using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace PartnershipTeams.Functions.Tests;

/// <summary>The whole Functions app in memory, on its own SQLite file in a temp folder, seeded with the demo data.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("partnerships-app-").FullName;

    public string StorePath { get; set; } = string.Empty;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var path = string.IsNullOrEmpty(StorePath) ? Path.Combine(folder, "lists.db") : StorePath;
        builder.UseSetting("Store:Path", path);
        builder.UseSetting("Store:SeedDemoData", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    public string Folder => folder;
}
