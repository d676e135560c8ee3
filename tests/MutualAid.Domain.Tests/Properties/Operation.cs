using FsCheck;
using FsCheck.Fluent;

namespace MutualAid.Domain.Tests.Properties;

/// <summary>The kinds of step a random sequence is made of.</summary>
public enum OperationKind
{
    Enroll, Contribute, Submit, StartReview, Endorse, Objection, Finalize, Pay, Expire, Exit, Advance, RegulatorWrite,
    RegisterDestination, ForeignContribute,
    LapseReview, Appeal, JuryVote, ResolveAppeal, CloseRejected,
    Propose, Vote, Tally, Execute,
    FundCampaign, Disburse, Verify, ReviewRelief, CloseCampaign,
    OpenRecovery, RepayRecovery,
    CloseSharingPeriod, PayCharge, Withdraw,
    Retry,
}

/// <summary>One random step; A, B and C pick targets and amounts modulo what exists.</summary>
public sealed record Operation(OperationKind Kind, int A, int B, int C)
{
    private static readonly Gen<int> Number = Gen.Choose(0, 999);

    private static Gen<Operation> Of(OperationKind kind)
        => Number.SelectMany(a => Number.SelectMany(b => Number.Select(c => new Operation(kind, a, b, c))));

    /// <summary>Steps weighted towards a claim's life so sequences reach payouts, rejections and expiries.</summary>
    public static Gen<Operation> Generator { get; } = Gen.Frequency(
        (8, Of(OperationKind.Enroll)), (8, Of(OperationKind.Contribute)), (12, Of(OperationKind.Submit)),
        (12, Of(OperationKind.StartReview)), (24, Of(OperationKind.Endorse)), (3, Of(OperationKind.Objection)),
        (14, Of(OperationKind.Finalize)), (18, Of(OperationKind.Pay)), (2, Of(OperationKind.Expire)), (2, Of(OperationKind.Exit)),
        (10, Of(OperationKind.Advance)), (1, Of(OperationKind.RegulatorWrite)), (1, Of(OperationKind.RegisterDestination)),
        (1, Of(OperationKind.ForeignContribute)),
        (2, Of(OperationKind.LapseReview)), (6, Of(OperationKind.Appeal)), (14, Of(OperationKind.JuryVote)), (4, Of(OperationKind.ResolveAppeal)),
        (1, Of(OperationKind.CloseRejected)), (3, Of(OperationKind.Propose)), (20, Of(OperationKind.Vote)), (4, Of(OperationKind.Tally)),
        (4, Of(OperationKind.Execute)), (2, Of(OperationKind.FundCampaign)), (5, Of(OperationKind.Disburse)), (2, Of(OperationKind.Verify)),
        (3, Of(OperationKind.ReviewRelief)), (1, Of(OperationKind.CloseCampaign)), (4, Of(OperationKind.OpenRecovery)),
        (4, Of(OperationKind.RepayRecovery)), (2, Of(OperationKind.CloseSharingPeriod)), (2, Of(OperationKind.PayCharge)),
        (1, Of(OperationKind.Withdraw)), (6, Of(OperationKind.Retry)));

    /// <summary>Sequences of 60-90 steps over every operation.</summary>
    public static Arbitrary<Operation[]> Sequences { get; } =
        Gen.Choose(60, 90).SelectMany(n => Gen.ArrayOf(Generator, n)).ToArbitrary();
}
