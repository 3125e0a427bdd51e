using Microsoft.Extensions.DependencyInjection;
using PartnershipTeams.Bot.Confirmations;
using PartnershipTeams.Bot.Reporting;

namespace PartnershipTeams.Bot.Conversations;

/// <summary>
/// The commands a user can type, in the order help and the app manifest show them. A new command is a line here and its
/// texts; a kind reported through a form (<see cref="Form{TForm}"/>) brings its submit, confirmation and refresh with it.
/// </summary>
public static class BotCommands
{
    public static IReadOnlyList<BotCommand> All { get; } =
    [
        Form<VisitReport>("ReportVisit"),
        Form<GoalUpdateReport>("UpdateGoal"),
        Command<MyFollowUpsCommand>("MyFollowUps"),
        Command<UpcomingVisitsCommand>("UpcomingVisits"),
        Command<MyVisitsCommand>("MyVisits"),
        Command<ContactsCommand>("Contacts"),
        Command<ReviewCommand>("Review"),
        Command<DigestCommand>("Digest"),
        Command<HelpCommand>("Help"),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(c => c.Name)];

    public static IServiceCollection AddBotCommands(this IServiceCollection services)
    {
        foreach (var command in All)
        {
            command.Register(services);
        }

        return services;
    }

    private static BotCommand Command<TCommand>(string name)
        where TCommand : class, IBotCommand =>
        new(name, services => services.AddSingleton<IBotCommand, TCommand>());

    private static BotCommand Form<TForm>(string name)
        where TForm : class, IReportForm =>
        new(name, services =>
        {
            services.AddSingleton<TForm>();
            services.AddSingleton<IBotCommand>(sp => new ReportCommand(name, sp.GetRequiredService<TForm>()));
            services.AddSingleton<ICardAction>(sp => ActivatorUtilities.CreateInstance<ReportSubmitAction>(sp, (IReportForm)sp.GetRequiredService<TForm>()));
            services.AddSingleton<ISubmissionConfirmation>(sp => new ReportConfirmation(sp.GetRequiredService<TForm>()));
            services.AddSingleton<ICardAction>(sp => ActivatorUtilities.CreateInstance<ConfirmationRefreshAction>(sp, sp.GetRequiredService<TForm>().RefreshVerb));
        });
}
