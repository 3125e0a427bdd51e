using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipTeams.Application.Retention;
using PartnershipTeams.TestSupport;

namespace PartnershipTeams.Functions.Tests.Retention;

/// <summary>Retention periods are read as TimeSpans ("30" is 30 days); one that would lose data wrongly stops the app at start.</summary>
public sealed class RetentionOptionsTests
{
    [Theory]
    [InlineData("Retention:ReminderLedger", "10")]
    [InlineData("Retention:WrittenSubmissions", "-1")]
    public async Task AnUnsafePeriod_StopsTheAppAtStartAndSaysWhich(string setting, string value)
    {
        await using var app = new ProductApp();
        await using var configured = app.WithWebHostBuilder(builder => builder.UseSetting(setting, value));

        // The start-up check the entry points run before serving (how the process ends: Hosting/MisconfiguredStartTests).
        var refused = Assert.Throws<OptionsValidationException>(() => configured.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Retention", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodsAreDaysWhenGivenAsANumber_AndZeroKeepsForEver()
    {
        var options = new RetentionOptions { VisitParticipants = TimeSpan.Parse("1461", System.Globalization.CultureInfo.InvariantCulture), WrittenSubmissions = TimeSpan.Zero };
        var now = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(now.AddDays(-1461), RetentionOptions.Cutoff(options.VisitParticipants, now));
        Assert.Null(RetentionOptions.Cutoff(options.WrittenSubmissions, now));
        Assert.Null(options.Problem());
    }
}
