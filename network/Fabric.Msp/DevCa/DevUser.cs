namespace Fabric.Msp.DevCa;

/// <summary>
/// A client user of a development organization, e.g. <c>User1</c> with <c>role=assessor</c>; its
/// folder is <c>users/User1@&lt;domain&gt;</c> and its certificate carries the client OU and, besides
/// <paramref name="Attributes"/>, the <c>hf.EnrollmentID</c>, <c>hf.Type</c> and <c>hf.Affiliation</c>
/// attributes Fabric CA adds.
/// </summary>
/// <param name="Name">The user name before <c>@domain</c>; <c>Admin</c> is reserved for the organization admin.</param>
/// <param name="Attributes">Fabric CA attributes to put in the certificate.</param>
public sealed record DevUser(string Name, IReadOnlyDictionary<string, string>? Attributes = null);
