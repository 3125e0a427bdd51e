using PartnershipTeams.Manifest;

// dotnet run --project manifest -- package [--out appPackage.zip]   (BOT_APP_ID, BOT_DOMAIN; optional APP_WEBSITE_URL, APP_PRIVACY_URL, APP_TERMS_URL)
// dotnet run --project manifest -- icons                             (draws appPackage/color.png and outline.png again)
var folder = Path.Combine(AppContext.BaseDirectory, "appPackage");
var source = Path.Combine(Directory.GetCurrentDirectory(), "manifest", "appPackage");
switch (args.FirstOrDefault())
{
    case "icons":
        var target = Directory.Exists(source) ? source : folder;
        using (var color = File.Create(Path.Combine(target, "color.png")))
        {
            PngWriter.Write(color, 192, 192, IconPainter.Color());
        }

        using (var outline = File.Create(Path.Combine(target, "outline.png")))
        {
            PngWriter.Write(outline, 32, 32, IconPainter.Outline());
        }

        Console.WriteLine($"Icons written to {target}");
        return 0;
    case "package":
        var appId = Environment.GetEnvironmentVariable("BOT_APP_ID");
        var domain = Environment.GetEnvironmentVariable("BOT_DOMAIN");
        if (string.IsNullOrWhiteSpace(appId) || string.IsNullOrWhiteSpace(domain))
        {
            Console.Error.WriteLine("Set BOT_APP_ID (the app registration's client id) and BOT_DOMAIN (e.g. partnerships.azurewebsites.net).");
            return 2;
        }

        var outIndex = Array.IndexOf(args, "--out");
        var zip = Path.GetFullPath(outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : "appPackage.zip");
        var settings = PackageSettings.From(appId, domain, Environment.GetEnvironmentVariable("APP_WEBSITE_URL"), Environment.GetEnvironmentVariable("APP_PRIVACY_URL"), Environment.GetEnvironmentVariable("APP_TERMS_URL"));
        try
        {
            AppPackager.Package(folder, settings, zip);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"Teams app package written to {zip}");
        return 0;
    default:
        Console.Error.WriteLine("Usage: dotnet run --project manifest -- package [--out appPackage.zip] | icons");
        return 2;
}
