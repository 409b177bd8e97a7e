using System.Net;
using Microsoft.Extensions.AI;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Unit.Ai;

public sealed class AiEndpointGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("10.20.30.40", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.254", true)]
    [InlineData("192.168.1.20", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("100.128.0.1", false)]
    [InlineData("20.42.65.92", false)]
    [InlineData("2606:4700::1111", false)]
    [InlineData("::ffff:8.8.8.8", false)]
    public void Loopback_private_link_local_and_reserved_addresses_are_not_public(string address, bool nonPublic) =>
        Assert.Equal(nonPublic, AiEndpointGuard.IsNonPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://127.0.0.1:11434/v1", "127.0.0.1")]
    [InlineData("http://localhost:11434/v1", "localhost")]
    [InlineData("http://models.localhost/v1", "models.localhost")]
    [InlineData("http://169.254.169.254/latest/meta-data", "169.254.169.254")]
    [InlineData("http://[::1]:8000/v1", "[::1]")]
    [InlineData("https://10.0.0.5/openai/v1/", "10.0.0.5")]
    public async Task An_endpoint_written_as_a_local_or_private_address_is_refused_with_what_to_do(string endpoint, string host)
    {
        var refusal = await AiEndpointGuard.CheckAsync(endpoint, CancellationToken.None);
        Assert.Equal(
            $"Endpoint '{host}' is a local or private address; organisations may only use AI endpoints on the public internet. The portal's operator can allow private ones with Ai:AllowPrivateTenantEndpoints.",
            refusal);
    }

    [Theory]
    [InlineData("https://20.42.65.92/openai/v1/")]
    [InlineData("https://[2606:4700::1111]/v1")]
    public async Task A_public_address_is_allowed(string endpoint) =>
        Assert.Null(await AiEndpointGuard.CheckAsync(endpoint, CancellationToken.None));

    [Fact]
    public async Task The_guarded_transport_does_not_connect_to_a_private_address_and_does_not_retry()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var options = AiClients.Options(server, maxRetries: 3);
        using var client = new ResilientChatClient(
            new OpenAiChatClient(options.EffectiveModel, null, server.Endpoint, AiEndpointGuard.Client),
            options, new AiRequestLimiter(options.MaxRequestsPerMinute, TimeProvider.System), TimeProvider.System);

        var failure = await Assert.ThrowsAsync<AiUnavailableException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "Hello")]));

        Assert.Equal(
            "The AI provider was not contacted: 127.0.0.1 is not a public address; organisations may only use AI endpoints on the public internet (the portal's operator can allow private ones with Ai:AllowPrivateTenantEndpoints)",
            failure.Message);
        Assert.Empty(server.Requests);
        Assert.Equal(1, client.Requests);
    }
}
