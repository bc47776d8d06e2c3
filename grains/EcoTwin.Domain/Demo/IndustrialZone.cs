namespace EcoTwin.Domain.Demo;

/// <summary>An industrial zone: where enterprises of a district cluster, and which industries it hosts.</summary>
/// <param name="DistrictCode">The district it lies in.</param>
/// <param name="Centre">Its centre (km).</param>
/// <param name="SigmaKm">How far its sites spread around the centre.</param>
/// <param name="Mix">Industry keys and their relative weights in the zone.</param>
internal sealed record IndustrialZone(string DistrictCode, Km Centre, double SigmaKm, (string Industry, double Weight)[] Mix)
{
    public double WeightOf(string industry)
    {
        foreach (var (key, weight) in Mix)
        {
            if (key == industry)
            {
                return weight;
            }
        }

        return 0;
    }
}
