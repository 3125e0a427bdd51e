using Microsoft.Kiota.Abstractions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Graph;

/// <summary>Graph's failures as the list store's own exceptions, so callers never see the SDK's types.</summary>
internal static class GraphErrors
{
    public static ListStoreException Translate(Exception error, string what) => error switch
    {
        AggregateException many when many.InnerExceptions.Count > 0 && many.InnerExceptions.All(e => e is ApiException) =>
            new ListStoreUnavailableException($"{what}: SharePoint kept throttling past the retry limit.", error),
        ApiException { ResponseStatusCode: 404 } => new ItemNotFoundException($"{what}: not found.", error),
        ApiException { ResponseStatusCode: 412 } => new ConcurrencyConflictException($"{what}: the item was changed by someone else since it was read. Nothing was written.", error),
        ApiException { ResponseStatusCode: 409 } => new DuplicateItemException($"{what}: another item already holds this value in a unique column. Nothing was written.", error),
        ApiException { ResponseStatusCode: 400 } => new InvalidFieldValueException($"{what}: SharePoint refused the values ({error.Message}).", error),
        ApiException { ResponseStatusCode: 401 or 403 } => new ListStoreUnavailableException($"{what}: access denied. Is Sites.Selected granted on the site?", error),
        ApiException api => new ListStoreUnavailableException($"{what}: SharePoint answered {api.ResponseStatusCode}.", error),
        _ => new ListStoreUnavailableException($"{what}: SharePoint could not be reached ({error.Message}).", error),
    };

    /// <summary>Whether an exception is Graph's or the network's (and so to be translated), not ours or a cancellation.</summary>
    public static bool IsGraphFailure(Exception error, CancellationToken cancellationToken) => error switch
    {
        ListStoreException => false,
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        ApiException or HttpRequestException or OperationCanceledException or IOException => true,
        AggregateException many => many.InnerExceptions.All(e => e is ApiException or HttpRequestException),
        _ => false,
    };

    public static bool IsResyncRequired(Exception error) =>
        error is ApiException { ResponseStatusCode: 410 }
        || (error is Microsoft.Graph.Models.ODataErrors.ODataError odata && string.Equals(odata.Error?.Code, "resyncRequired", StringComparison.OrdinalIgnoreCase));
}
