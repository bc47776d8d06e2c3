namespace EcoTwin.Contracts.Demo;

/// <summary>The HJ 212 device of a demo station or outlet, as the device registry takes it.</summary>
/// <param name="Mn">The device MN (the twin's key).</param>
/// <param name="Kind">station or source.</param>
/// <param name="Password">Its HJ 212 password.</param>
public sealed record DemoDevice(string Mn, string Kind, string Password);
