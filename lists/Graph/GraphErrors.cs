using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using PartnershipTeams.Core.Lists;
using PartnershipTeams.Core.Lists.Errors;

namespace PartnershipTeams.Lists.Graph;

/// <summary>
/// Graph's failures as the list store's own exceptions, so callers never see the SDK's types. What SharePoint says
/// counts before the status it says it with: a unique-column violation comes as a 500 carrying
/// SPDuplicateValuesFoundException (pnp/PnP-Sites-Core#608), the list view threshold as SPQueryThrottledException
/// (pnp/pnpjs#3149), a filter without an index as a 400 naming the Prefer header (microsoft-graph-docs#2351).
/// </summary>
internal static class GraphErrors
{
    public static ListStoreException Translate(Exception error, string what) => Translate(error, (error as ApiException)?.ResponseStatusCode, Describe(error), what);

    /// <summary>The error of a $batch step, from its status and body.</summary>
    public static ListStoreException Translate(int status, string body, string what) =>
        Translate(new ApiException($"{what}: SharePoint answered {status}. {body}") { ResponseStatusCode = status }, status, body, what);

    private static ListStoreException Translate(Exception error, int? status, string said, string what) => (error, status) switch
    {
        _ when IsDuplicate(said) => new DuplicateItemException($"{what}: another item already holds this value in a unique column. Nothing was written.", error),
        _ when said.Contains("list view threshold", StringComparison.OrdinalIgnoreCase) || said.Contains("SPQueryThrottledException", StringComparison.Ordinal) =>
            new QueryTooBroadException($"{what}: the first condition matches more than SharePoint's list view threshold of 5,000 items; start the query with a narrower one.", error),
        _ when said.Contains("not indexed", StringComparison.OrdinalIgnoreCase) => new ColumnNotIndexedException($"{what}: {said}", error),
        (AggregateException many, _) when many.InnerExceptions.Count > 0 && many.InnerExceptions.All(e => e is ApiException) =>
            new ListStoreUnavailableException($"{what}: SharePoint kept throttling past the retry limit.", error),
        (_, 404) => new ItemNotFoundException($"{what}: not found.", error),
        (_, 412) => new ConcurrencyConflictException($"{what}: the item was changed by someone else since it was read. Nothing was written.", error),
        (_, 400) => new InvalidFieldValueException($"{what}: SharePoint refused the values ({said}).", error),
        (_, 401 or 403) => new ListStoreUnavailableException($"{what}: access denied. Is Sites.Selected granted on the site?", error),
        (_, { } code) => new ListStoreUnavailableException($"{what}: SharePoint answered {code}.", error),
        _ => new ListStoreUnavailableException($"{what}: SharePoint could not be reached ({error.Message}).", error),
    };

    /// <summary>Whether SharePoint said a unique column already holds the value.</summary>
    public static bool IsDuplicate(string said) =>
        said.Contains("SPDuplicateValuesFoundException", StringComparison.Ordinal)
        || said.Contains("duplicate values were found", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An answer that may hide a unique-column violation without saying so (409, or a server error): the caller asks the
    /// unique columns before deciding.
    /// </summary>
    public static bool MayHideDuplicate(Exception error) =>
        error is ApiException { ResponseStatusCode: 409 or >= 500 } api && api.ResponseStatusCode is not (503 or 504) && !IsDuplicate(Describe(error));

    /// <summary>Everything an error says: its message, the OData error code and message, and the inner error.</summary>
    public static string Describe(Exception error) => error switch
    {
        ODataError odata => string.Join(" ", new[] { odata.Error?.Code, odata.Error?.Message, odata.Message }
            .Concat(odata.Error?.InnerError?.AdditionalData.Values.Select(v => Convert.ToString(GraphFieldCodec.Plain(v), System.Globalization.CultureInfo.InvariantCulture)) ?? [])
            .Where(s => !string.IsNullOrEmpty(s))),
        _ => error.Message,
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
}
