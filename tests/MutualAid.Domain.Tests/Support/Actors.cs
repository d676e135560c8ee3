using MutualAid.Domain.State;

namespace MutualAid.Domain.Tests.Support;

/// <summary>The consortium of the tests: two insurers and an NGO take part in pools; the regulator reads.</summary>
public static class Actors
{
    public const string InsurerA = "InsurerAMSP";
    public const string InsurerB = "InsurerBMSP";
    public const string Ngo = "NgoMSP";
    public const string Outsider = "OutsiderMSP";
    public const string Regulator = "RegulatorMSP";

    public static Caller Delegate(string msp = InsurerA) => new(msp, "delegate", $"x509::CN=delegate::{msp}");
    public static Caller Caseworker(string msp = Ngo) => new(msp, "caseworker", $"x509::CN=caseworker::{msp}");
    public static Caller Assessor(string msp) => new(msp, "assessor", $"x509::CN=assessor::{msp}");
    public static Caller Coordinator(string msp = InsurerA) => new(msp, "coordinator", $"x509::CN=coordinator::{msp}");
    public static Caller Auditor(string msp = Regulator) => new(msp, "auditor", $"x509::CN=auditor::{msp}");
}
