using Microsoft.Extensions.DependencyInjection;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>A command of the bot: its name (the texts Command.{Name} and Command.{Name}.Description of every language) and what it registers.</summary>
public sealed record BotCommand(string Name, Action<IServiceCollection> Register);
