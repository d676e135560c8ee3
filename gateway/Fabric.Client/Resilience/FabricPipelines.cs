using System.Diagnostics;
using Fabric.Client.Errors;
using Grpc.Core;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;

namespace Fabric.Client.Resilience;

/// <summary>
/// The named resilience pipelines of the client (Polly v8), kept in one
/// <see cref="ResiliencePipelineRegistry{TKey}"/>: one per operation kind (see <see cref="PipelineNames"/>)
/// and one circuit breaker per endpoint. Share one instance between the <see cref="Gateway"/>s that use
/// the same gRPC channel so that they share its circuit breaker. Thread-safe.
/// </summary>
public sealed class FabricPipelines
{
    internal static readonly ResiliencePropertyKey<int> MaxResubmissions = new("fabric.max-resubmissions");

    private readonly FabricResilienceOptions _options;

    /// <summary>Creates the pipelines from <paramref name="options"/>, in <paramref name="registry"/> if given.</summary>
    public FabricPipelines(FabricResilienceOptions? options = null, ResiliencePipelineRegistry<string>? registry = null)
    {
        _options = options ?? new FabricResilienceOptions();
        Registry = registry ?? new ResiliencePipelineRegistry<string>();
    }

    /// <summary>The registry holding the pipelines; builders registered in it first take precedence.</summary>
    public ResiliencePipelineRegistry<string> Registry { get; }

    /// <summary>The largest number of re-runs after a conflict any call may ask for.</summary>
    public int MaxResubmissionsCap => _options.ResubmitOnConflict.MaxRetries;

    /// <summary>The pipeline named <paramref name="name"/>, built with the default for that name if absent.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="PipelineNames"/>.</exception>
    public ResiliencePipeline Get(string name) => name switch
    {
        PipelineNames.Evaluate => GetOrAdd(name, b => AddRetry(b, _options.Evaluate, IsRetryable)),
        PipelineNames.Endorse => GetOrAdd(name, b => AddRetry(b, _options.Endorse, IsRetryable)),
        PipelineNames.CommitStatus => GetOrAdd(name, b => AddRetry(b, _options.CommitStatus, IsRetryable)),
        PipelineNames.Submit => GetOrAdd(name, _ => { }),
        PipelineNames.ResubmitOnConflict => GetOrAdd(name, b => AddRetry(b, _options.ResubmitOnConflict, IsConflictWithinLimit)),
        _ => throw new ArgumentException($"unknown pipeline {name}", nameof(name)),
    };

    /// <summary>The circuit breaker of <paramref name="endpoint"/> (the gRPC channel target).</summary>
    public ResiliencePipeline CircuitBreakerFor(string endpoint)
    {
        var settings = _options.CircuitBreaker;
        return GetOrAdd(PipelineNames.CircuitBreakerPrefix + endpoint, builder =>
        {
            if (!settings.Enabled)
            {
                return;
            }

            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.FailureRatio,
                MinimumThroughput = settings.MinimumThroughput,
                SamplingDuration = settings.SamplingDuration,
                BreakDuration = settings.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is RpcException { StatusCode: StatusCode.Unavailable or StatusCode.ResourceExhausted }),
            });
        });
    }

    /// <summary>A pipeline registered or built for <paramref name="name"/> wins; otherwise the default is added.</summary>
    private ResiliencePipeline GetOrAdd(string name, Action<ResiliencePipelineBuilder> configureDefault) =>
        Registry.TryGetPipeline(name, out var existing) ? existing : Registry.GetOrAddPipeline(name, configureDefault);

    private static void AddRetry(
        ResiliencePipelineBuilder builder, RetrySettings settings, Func<RetryPredicateArguments<object>, bool> shouldRetry)
    {
        if (settings.MaxRetries <= 0)
        {
            return;
        }

        builder.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = settings.MaxRetries,
            Delay = settings.Delay,
            MaxDelay = settings.MaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(shouldRetry(args)),
            OnRetry = args =>
            {
                Activity.Current?.AddEvent(new ActivityEvent("fabric.retry", tags: new ActivityTagsCollection
                {
                    ["attempt"] = args.AttemptNumber + 1,
                    ["exception.message"] = args.Outcome.Exception?.Message,
                }));
                return ValueTask.CompletedTask;
            },
        });
    }

    private static bool IsRetryable(RetryPredicateArguments<object> args) =>
        args.Outcome.Exception is GatewayException { IsTransient: true, IsCircuitOpen: false };

    private static bool IsConflictWithinLimit(RetryPredicateArguments<object> args) =>
        args.Outcome.Exception is CommitException { IsTransient: true }
        && args.AttemptNumber < args.Context.Properties.GetValue(MaxResubmissions, 0);
}
