using System.Net;
using System.Net.Http.Headers;
using PartnershipTeams.Protocol.Http;
using PartnershipTeams.Protocol.Turns;

namespace PartnershipTeams.Protocol;

/// <summary>
/// Puts an accepted file at the upload URL Teams handed over, in one request with Content-Range as the Teams docs show
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4). The URL is pre-authorised: this
/// client carries no token, follows no redirect, and sends only to SharePoint hosts (or loopback when unauthenticated).
/// </summary>
public sealed class FileUploadClient(HttpClient http, BotOptions options)
{
    public async Task UploadAsync(FileUploadTarget target, byte[] content, CancellationToken cancellationToken)
    {
        if (!Allows(target.UploadUrl))
        {
            throw new DeliveryFailedException($"The upload URL's host is not one the bot uploads to.", HttpStatusCode.BadRequest);
        }

        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.Length;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, content.Length - 1), content.Length);
        using var response = await http.PutAsync(new Uri(target.UploadUrl), body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DeliveryFailedException($"The file upload was answered {(int)response.StatusCode}.", response.StatusCode);
        }
    }

    public bool Allows(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        if (!options.IsAuthenticated && Loopback.IsLocalAddress(url))
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttps && options.AllowedFileUploadHosts.Any(host =>
            string.Equals(uri.Host, host, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));
    }
}
