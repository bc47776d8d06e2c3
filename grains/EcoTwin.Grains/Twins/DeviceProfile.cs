namespace EcoTwin.Grains.Twins;

/// <summary>What a twin needs to know of its device: how often it uploads and the zone of its clock.</summary>
public sealed record DeviceProfile(TimeSpan UploadInterval, string TimeZone);
