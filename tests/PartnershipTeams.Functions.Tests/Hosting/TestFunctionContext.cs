using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;

namespace PartnershipTeams.Functions.Tests.Hosting;

/// <summary>
/// A FunctionContext for calling a [Function] method in a test, without the Functions host: FunctionContext is abstract
/// and meant to be implemented by a test double (Azure/azure-functions-dotnet-worker#304). Only what the functions read
/// has a value: the services, the trigger's binding data (a queue message's DequeueCount), the cancellation.
/// </summary>
public sealed class TestFunctionContext(IServiceProvider services, string functionName, IReadOnlyDictionary<string, object?>? bindingData = null, CancellationToken cancellationToken = default)
    : FunctionContext
{
    public override string InvocationId { get; } = Guid.NewGuid().ToString("N");

    public override string FunctionId => FunctionDefinition.Id;

    public override TraceContext TraceContext { get; } = new Trace();

    public override BindingContext BindingContext { get; } = new Bindings(bindingData ?? new Dictionary<string, object?>());

    public override RetryContext RetryContext { get; } = new NoRetries();

    public override IServiceProvider InstanceServices { get; set; } = services;

    public override FunctionDefinition FunctionDefinition { get; } = new Definition(functionName);

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features { get; } = new NoFeatures();

    public override CancellationToken CancellationToken => cancellationToken;

    private sealed class Trace : TraceContext
    {
        public override string TraceParent => "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

        public override string TraceState => string.Empty;
    }

    private sealed class Bindings(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData => data;
    }

    private sealed class NoRetries : RetryContext
    {
        public override int RetryCount => 0;

        public override int MaxRetryCount => 0;
    }

    private sealed class Definition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters { get; } = [];

        public override string PathToAssembly => typeof(Program).Assembly.Location;

        public override string EntryPoint => name;

        public override string Id => name;

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings { get; } = ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings { get; } = ImmutableDictionary<string, BindingMetadata>.Empty;
    }

    private sealed class NoFeatures : IInvocationFeatures
    {
        private readonly Dictionary<Type, object> features = [];

        public T? Get<T>() => features.TryGetValue(typeof(T), out var feature) ? (T)feature : default;

        public void Set<T>(T instance)
        {
            if (instance is null)
            {
                features.Remove(typeof(T));
            }
            else
            {
                features[typeof(T)] = instance;
            }
        }

        public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => features.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
