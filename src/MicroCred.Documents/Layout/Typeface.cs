namespace MicroCred.Documents.Layout;

public enum Typeface
{
    Sans,
    Serif,
}
