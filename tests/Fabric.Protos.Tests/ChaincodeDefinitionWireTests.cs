namespace Fabric.Protos.Tests;

/// <summary>Legacy chaincode definitions and peer query results against the official Node bindings.</summary>
public sealed class ChaincodeDefinitionWireTests
{
}
