using FsCheck;
using FsCheck.Fluent;

namespace MutualAid.Domain.Tests.Properties;

/// <summary>The kinds of step a random sequence is made of.</summary>
public enum OperationKind
{
    Enroll, Contribute, Submit, StartReview, Endorse, Objection, Finalize, Pay, Expire, Exit, Advance, RegulatorWrite,
    RegisterDestination, ForeignContribute,
}

/// <summary>One random step; A, B and C pick targets and amounts modulo what exists.</summary>
public sealed record Operation(OperationKind Kind, int A, int B, int C)
{
    private static readonly Gen<int> Number = Gen.Choose(0, 999);

    private static Gen<Operation> Of(OperationKind kind)
        => Number.SelectMany(a => Number.SelectMany(b => Number.Select(c => new Operation(kind, a, b, c))));

    /// <summary>Steps weighted towards a claim's life so sequences reach payouts, rejections and expiries.</summary>
    public static Gen<Operation> Generator { get; } = Gen.Frequency(
        (3, Of(OperationKind.Enroll)), (4, Of(OperationKind.Contribute)), (5, Of(OperationKind.Submit)),
        (5, Of(OperationKind.StartReview)), (10, Of(OperationKind.Endorse)), (1, Of(OperationKind.Objection)),
        (6, Of(OperationKind.Finalize)), (8, Of(OperationKind.Pay)), (1, Of(OperationKind.Expire)), (1, Of(OperationKind.Exit)),
        (6, Of(OperationKind.Advance)), (1, Of(OperationKind.RegulatorWrite)), (1, Of(OperationKind.RegisterDestination)),
        (1, Of(OperationKind.ForeignContribute)));

    /// <summary>Sequences of 40-60 steps.</summary>
    public static Arbitrary<Operation[]> Sequences { get; } =
        Gen.Choose(40, 60).SelectMany(n => Gen.ArrayOf(Generator, n)).ToArbitrary();
}
