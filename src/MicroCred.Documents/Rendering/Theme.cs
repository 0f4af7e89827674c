using PdfSharp.Drawing;

namespace MicroCred.Documents.Rendering;

/// <summary>The house style: colours, sizes and spacing shared by every document.</summary>
internal static class Theme
{
    public static readonly XColor Ink = XColor.FromArgb(0x22, 0x22, 0x22);
    public static readonly XColor Accent = XColor.FromArgb(0x1F, 0x3A, 0x5F);
    public static readonly XColor Muted = XColor.FromArgb(0x5F, 0x67, 0x70);
    public static readonly XColor Rule = XColor.FromArgb(0xA7, 0xB1, 0xBC);
    public static readonly XColor Border = XColor.FromArgb(0xC5, 0xCC, 0xD4);
    public static readonly XColor HeaderFill = XColor.FromArgb(0xE4, 0xEB, 0xF3);
    public static readonly XColor LabelFill = XColor.FromArgb(0xF2, 0xF5, 0xF9);
    public static readonly XColor StripeFill = XColor.FromArgb(0xF8, 0xFA, 0xFC);
    public static readonly XColor WatermarkInk = XColor.FromArgb(48, 0xB0, 0x2A, 0x2A);

    public static readonly XBrush InkBrush = new XSolidBrush(Ink);
    public static readonly XBrush AccentBrush = new XSolidBrush(Accent);
    public static readonly XBrush MutedBrush = new XSolidBrush(Muted);
    public static readonly XBrush HeaderFillBrush = new XSolidBrush(HeaderFill);
    public static readonly XBrush LabelFillBrush = new XSolidBrush(LabelFill);
    public static readonly XBrush StripeFillBrush = new XSolidBrush(StripeFill);
    public static readonly XBrush WatermarkBrush = new XSolidBrush(WatermarkInk);
    public static readonly XPen BorderPen = new(Border, 0.5);
    public static readonly XPen RulePen = new(Rule, 0.5);
    public static readonly XPen AccentPen = new(Accent, 0.8);
    public static readonly XPen SignaturePen = new(Ink, 0.6);
    public static readonly XPen FramePen = new(Accent, 1.6);
    public static readonly XPen FrameInnerPen = new(Accent, 0.5);

    public const double BodySize = 10;
    public const double SmallSize = 8.5;
    public const double LargeSize = 14;
    public const double DisplaySize = 20;
    public const double TableSize = 9;
    public const double CompactTableSize = 8;
    public const double RunningSize = 8;

    /// <summary>Line height as a multiple of the font size: airy enough for diacritics above capitals.</summary>
    public const double LineHeightFactor = 1.32;

    public const double CellPaddingX = 5;
    public const double CellPaddingY = 3.5;
    public const double ListIndent = 16;

    public static double HeadingSize(int level) => level switch { 1 => 18, 2 => 14, _ => 11.5 };

    public static double HeadingSpaceBefore(int level) => level switch { 1 => 18, 2 => 14, _ => 10 };

    public static double SizeOf(Layout.TextSize size) => size switch
    {
        Layout.TextSize.Small => SmallSize,
        Layout.TextSize.Large => LargeSize,
        Layout.TextSize.Display => DisplaySize,
        _ => BodySize,
    };
}
