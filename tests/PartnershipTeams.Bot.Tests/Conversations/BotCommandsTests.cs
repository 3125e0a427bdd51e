using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Bot.Conversations;
using PartnershipTeams.Bot.Tests.InMemory;

namespace PartnershipTeams.Bot.Tests.Conversations;

/// <summary>The commands are listed once (<see cref="BotCommands"/>): what the bot answers to is that list, in help's order.</summary>
public sealed class BotCommandsTests
{
    [Fact]
    public async Task TheCommandsTheBotAnswersTo_AreTheCatalogsEachOnceInHelpsOrder()
    {
        await using var bot = await InMemoryBot.StartAsync();

        Assert.Equal(BotCommands.Names, bot.Services.GetServices<IBotCommand>().Select(c => c.Name));
        Assert.Equal(BotCommands.Names.Distinct(), BotCommands.Names);
    }

    [Fact]
    public async Task EveryCardButton_IsAnsweredByOneAction()
    {
        await using var bot = await InMemoryBot.StartAsync();

        var verbs = bot.Services.GetServices<ICardAction>().Select(a => a.Verb).ToList();
        Assert.Equal(verbs.Distinct(), verbs);
    }
}
