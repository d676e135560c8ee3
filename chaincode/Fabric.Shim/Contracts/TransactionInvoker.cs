using System.Linq.Expressions;
using System.Reflection;

namespace Fabric.Shim.Contracts;

/// <summary>
/// Compiles, once at start-up, a delegate that calls one transaction method with already-parsed arguments
/// and returns its result as a task, so no reflection runs per transaction.
/// </summary>
internal static class TransactionInvoker
{
    private static readonly MethodInfo FromTaskMethod = typeof(TransactionInvoker).GetMethod(nameof(FromTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromTaskOfMethod = typeof(TransactionInvoker).GetMethod(nameof(FromTaskOf), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromValueTaskMethod = typeof(TransactionInvoker).GetMethod(nameof(FromValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromValueTaskOfMethod = typeof(TransactionInvoker).GetMethod(nameof(FromValueTaskOf), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromValueMethod = typeof(TransactionInvoker).GetMethod(nameof(FromValue), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Builds <c>(contract, context, args) =&gt; contract.Method(context, args[0], ...)</c> as a task of the result.</summary>
    public static Func<Contract, Context, object?[], Task<object?>> Compile(MethodInfo method)
    {
        var contract = Expression.Parameter(typeof(Contract), "contract");
        var context = Expression.Parameter(typeof(Context), "context");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var parameters = method.GetParameters();
        var arguments = new List<Expression> { Expression.Convert(context, parameters[0].ParameterType) };
        for (var i = 1; i < parameters.Length; i++)
        {
            arguments.Add(Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i - 1)), parameters[i].ParameterType));
        }

        var call = Expression.Call(Expression.Convert(contract, method.DeclaringType!), method, arguments);
        var returnType = method.ReturnType;
        Expression body = returnType switch
        {
            _ when returnType == typeof(void) => Expression.Block(call, Expression.Constant(Task.FromResult<object?>(null))),
            _ when returnType == typeof(Task) => Expression.Call(FromTaskMethod, call),
            _ when returnType == typeof(ValueTask) => Expression.Call(FromValueTaskMethod, call),
            _ when returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>) =>
                Expression.Call(FromTaskOfMethod.MakeGenericMethod(returnType.GetGenericArguments()[0]), call),
            _ when returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>) =>
                Expression.Call(FromValueTaskOfMethod.MakeGenericMethod(returnType.GetGenericArguments()[0]), call),
            _ => Expression.Call(FromValueMethod, Expression.Convert(call, typeof(object))),
        };

        return Expression.Lambda<Func<Contract, Context, object?[], Task<object?>>>(body, contract, context, args).Compile();
    }

    /// <summary>The type a method's result has once awaited; <see cref="void"/> for none.</summary>
    public static Type ResultType(Type returnType) =>
        returnType == typeof(Task) || returnType == typeof(ValueTask)
            ? typeof(void)
            : returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
                ? returnType.GetGenericArguments()[0]
                : returnType;

    private static async Task<object?> FromTask(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static async Task<object?> FromTaskOf<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async Task<object?> FromValueTask(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static async Task<object?> FromValueTaskOf<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private static Task<object?> FromValue(object? value) => Task.FromResult(value);
}
