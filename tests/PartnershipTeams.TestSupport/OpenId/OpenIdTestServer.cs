using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipTeams.TestSupport.OpenId;

/// <summary>
/// A local OpenID metadata endpoint (like Bot Framework's) publishing one RSA signing key, which can roll over
/// to a new key; and a token factory signing with it (or with a key nobody published).
/// </summary>
public sealed class OpenIdTestServer : IAsyncDisposable
{
    private WebApplication app = null!;
    private RsaSecurityKey key = NewKey("key-1");

    public string MetadataUrl { get; private set; } = string.Empty;

    public int MetadataRequests { get; private set; }

    /// <summary>The channel ids the published key is endorsed for (Bot Framework publishes "msteams" among others); null publishes none, as Entra does.</summary>
    public IReadOnlyList<string>? Endorsements { get; set; } = ["msteams"];

    public static async Task<OpenIdTestServer> StartAsync()
    {
        var server = new OpenIdTestServer();
        (server.app, var address) = await LoopbackServer.StartAsync(server.ServeAsync);
        server.MetadataUrl = address + "/.well-known/openidconfiguration";
        return server;
    }

    /// <summary>Publishes a new signing key in place of the old one, as Bot Framework does now and then.</summary>
    public void RollKey() => key = NewKey("key-" + Guid.NewGuid().ToString("N")[..8]);

    public string Token(string issuer, string audience, string? serviceUrl, DateTimeOffset? expires = null, bool signWithUnpublishedKey = false, string? tenantId = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object> { ["appid"] = "bot-connector" };
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        if (tenantId is not null)
        {
            claims["tid"] = tenantId;
        }

        var exp = expires ?? now.AddMinutes(30);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddMinutes(-60).UtcDateTime,
            NotBefore = exp.AddMinutes(-60).UtcDateTime,
            Expires = exp.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(signWithUnpublishedKey ? NewKey(key.KeyId) : key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        MetadataRequests++;
        var root = MetadataUrl[..MetadataUrl.IndexOf("/.well-known", StringComparison.Ordinal)];
        if (context.Request.Path == "/keys")
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            var keyJson = new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E };
            if (Endorsements is { } endorsed)
            {
                keyJson["endorsements"] = new JsonArray([.. endorsed.Select(e => (JsonNode)e)]);
            }

            await context.Response.WriteAsJsonAsync(new JsonObject { ["keys"] = new JsonArray(keyJson) });
            return;
        }

        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = root + "/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private static RsaSecurityKey NewKey(string id) => new(RSA.Create(2048)) { KeyId = id };
}
