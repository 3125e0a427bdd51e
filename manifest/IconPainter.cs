namespace PartnershipTeams.Manifest;

/// <summary>
/// The app's icons, drawn in code so they can be made again: two linked rings (two cities in partnership),
/// white on the accent colour (192 × 192) and white on transparent for the outline (32 × 32).
/// </summary>
public static class IconPainter
{
    private static readonly (byte R, byte G, byte B) Accent = (0x46, 0x47, 0x75);

    public static byte[] Color(int size = 192) => Paint(size, background: Accent, ringWidth: size * 0.075);

    public static byte[] Outline(int size = 32) => Paint(size, background: null, ringWidth: size * 0.09);

    private static byte[] Paint(int size, (byte R, byte G, byte B)? background, double ringWidth)
    {
        var pixels = new byte[size * size * 4];
        var radius = size * 0.24;
        (double X, double Y)[] centres = [(size * 0.38, size * 0.5), (size * 0.62, size * 0.5)];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                // Coverage of the pixel by either ring, with a one-pixel soft edge for anti-aliasing.
                var coverage = centres.Max(c =>
                {
                    var distance = Math.Sqrt(Math.Pow(x + 0.5 - c.X, 2) + Math.Pow(y + 0.5 - c.Y, 2));
                    return Math.Clamp((ringWidth / 2) + 0.5 - Math.Abs(distance - radius), 0, 1);
                });
                var i = ((y * size) + x) * 4;
                if (background is { } bg)
                {
                    pixels[i] = Blend(bg.R, 255, coverage);
                    pixels[i + 1] = Blend(bg.G, 255, coverage);
                    pixels[i + 2] = Blend(bg.B, 255, coverage);
                    pixels[i + 3] = 255;
                }
                else
                {
                    pixels[i] = pixels[i + 1] = pixels[i + 2] = 255;
                    pixels[i + 3] = (byte)Math.Round(coverage * 255);
                }
            }
        }

        return pixels;
    }

    private static byte Blend(byte from, byte to, double amount) => (byte)Math.Round(from + ((to - from) * amount));
}
