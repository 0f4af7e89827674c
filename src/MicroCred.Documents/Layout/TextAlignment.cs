namespace MicroCred.Documents.Layout;

public enum TextAlignment
{
    Left,
    Center,
    Right,
}
