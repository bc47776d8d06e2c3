using EcoTwin.Contracts.Devices;

namespace EcoTwin.Contracts.Sources;

/// <summary>The live twin of one discharge outlet with online monitoring (a pollution source), keyed by its device MN.</summary>
public interface ISourceGrain : IDeviceTwinGrain
{
}
