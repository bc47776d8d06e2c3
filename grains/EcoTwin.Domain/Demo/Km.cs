namespace EcoTwin.Domain.Demo;

/// <summary>A planar position in kilometres east (X) and north (Y) of the demo city's origin.</summary>
internal readonly record struct Km(double X, double Y)
{
    public static Km operator +(Km a, Km b) => new(a.X + b.X, a.Y + b.Y);

    public static Km operator -(Km a, Km b) => new(a.X - b.X, a.Y - b.Y);

    public static Km operator *(Km a, double k) => new(a.X * k, a.Y * k);

    public double Length => Math.Sqrt((X * X) + (Y * Y));
}
