using System.Globalization;
using MicroCred.Documents.Layout;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MicroCred.Documents.Rendering;

/// <summary>
/// Places fragments on A4 pages top to bottom, starting a new page when the next fragment (with
/// what must stay with it) does not fit; draws the header as each page opens, and the
/// "Page X of Y" footers and the watermark once the page count is known.
/// </summary>
internal sealed class PageComposer : IDisposable
{
    private const double Tolerance = 0.01;

    private readonly PdfDocument _document;
    private readonly DocumentModel _model;
    private readonly List<PdfPage> _pages = [];
    private readonly ImageCache _images = new();
    private readonly double _left;
    private readonly double _top;
    private readonly double _width;
    private readonly double _bottom;
    private FontSet? _fonts;
    private XGraphics? _gfx;
    private XFont? _watermarkFont;
    private double _y;
    private bool _pageEmpty;

    public PageComposer(PdfDocument document, DocumentModel model)
    {
        _document = document;
        _model = model;
        var margins = model.Margins;
        _left = margins.Left;
        _top = margins.Top;
        _width = PageSizes.A4Width - margins.Left - margins.Right;
        _bottom = PageSizes.A4Height - margins.Bottom;
    }

    private double BodyHeight => _bottom - _top;

    public void Compose()
    {
        StartPage();
        var fragments = new List<Fragment>();
        new FragmentBuilder(_fonts!, _images, _width, BodyHeight).Build(_model.Blocks, fragments);
        for (var i = 0; i < fragments.Count; i++)
        {
            Place(fragments, i);
        }

        _gfx!.Dispose();
        _gfx = null;
        DrawFootersAndWatermarks();
        _images.Complete(_document);
        _fonts!.Finish(_document);
    }

    private void Place(List<Fragment> fragments, int index)
    {
        var fragment = fragments[index];
        switch (fragment)
        {
            case PageBreakFragment:
                if (!_pageEmpty)
                {
                    StartPage();
                }

                return;
            case SpaceFragment:
                if (_pageEmpty)
                {
                    return;
                }

                if (_y + fragment.Height > _bottom + Tolerance)
                {
                    StartPage();
                }
                else
                {
                    _y += fragment.Height;
                }

                return;
        }

        var space = _pageEmpty ? 0 : fragment.SpaceBefore;
        if (!_pageEmpty && _y + space + HeightToKeep(fragments, index) > _bottom + Tolerance)
        {
            StartPage();
            space = 0;
        }

        if (_pageEmpty && fragment.RepeatedHeader is { } header)
        {
            header.Draw(_gfx!, _fonts!, _left, _y, _width);
            _y += header.Height;
        }

        _y += space;
        fragment.Draw(_gfx!, _fonts!, _left, _y, _width);
        _y += fragment.Height;
        _pageEmpty = false;
    }

    /// <summary>
    /// The height that must fit before the fragment is placed: its keep-together group, or itself plus
    /// the fragments it is kept with. Anything taller than a page is let flow instead.
    /// </summary>
    private double HeightToKeep(List<Fragment> fragments, int index)
    {
        var fragment = fragments[index];
        if (fragment.GroupHeight is { } group && group <= BodyHeight)
        {
            return group;
        }

        var height = fragment.Height;
        var current = fragment;
        var next = index + 1;
        while (current.KeepWithNext && next < fragments.Count && fragments[next] is not (PageBreakFragment or SpaceFragment))
        {
            current = fragments[next];
            height += current.SpaceBefore + current.Height;
            next++;
        }

        return height <= BodyHeight ? height : fragment.Height;
    }

    private void StartPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _pages.Add(page);
        _gfx = XGraphics.FromPdfPage(page);
        if (_fonts is null)
        {
            _fonts = new FontSet(_gfx, _document);
        }
        else
        {
            _fonts.Measure = _gfx;
        }

        if (_model.HeaderText is { Length: > 0 } headerText)
        {
            var font = _fonts.Get(Theme.RunningSize);
            var line = new TextWrapper(_fonts).Wrap(headerText, font, _width)[0].Text;
            _fonts.Draw(_gfx, line, font, Theme.MutedBrush, _left, _top - 20);
            _gfx.DrawLine(Theme.RulePen, _left, _top - 13, _left + _width, _top - 13);
        }

        _y = _top;
        _pageEmpty = true;
    }

    /// <summary>Diagonal and translucent, drawn over the content so table fills cannot hide it.</summary>
    private void DrawWatermark(XGraphics gfx, string text)
    {
        if (_watermarkFont is null)
        {
            var probe = _fonts!.Get(100, bold: true);
            var diagonal = Math.Sqrt((PageSizes.A4Width * PageSizes.A4Width) + (PageSizes.A4Height * PageSizes.A4Height));
            var size = Math.Clamp(100 * diagonal * 0.6 / _fonts.Width(text, probe), 24, 150);
            _watermarkFont = _fonts.Get(Math.Round(size), bold: true);
        }

        var centre = new XPoint(PageSizes.A4Width / 2, PageSizes.A4Height / 2);
        var angle = -Math.Atan2(PageSizes.A4Height, PageSizes.A4Width) * 180 / Math.PI;
        var state = gfx.Save();
        gfx.RotateAtTransform(angle, centre);
        gfx.DrawString(text, _watermarkFont, Theme.WatermarkBrush, centre.X, centre.Y, XStringFormats.Center);
        gfx.Restore(state);
    }

    /// <summary>A heavy outer and a hairline inner rule, kept clear of the running header and footer.</summary>
    private static void DrawFrame(XGraphics gfx)
    {
        const double outer = 12;
        const double inner = 15.5;
        gfx.DrawRectangle(Theme.FramePen, outer, outer, PageSizes.A4Width - (2 * outer), PageSizes.A4Height - (2 * outer));
        gfx.DrawRectangle(Theme.FrameInnerPen, inner, inner, PageSizes.A4Width - (2 * inner), PageSizes.A4Height - (2 * inner));
    }

    private void DrawFootersAndWatermarks()
    {
        var font = _fonts!.Get(Theme.RunningSize);
        var footerText = _model.FooterText is { Length: > 0 } text
            ? new TextWrapper(_fonts).Wrap(text, font, _width * 0.7)[0].Text
            : null;
        var ruleY = _bottom + 13;
        var baseline = _bottom + 24;
        for (var i = 0; i < _pages.Count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_pages[i], XGraphicsPdfPageOptions.Append);
            _fonts.Measure = gfx;
            gfx.DrawLine(Theme.RulePen, _left, ruleY, _left + _width, ruleY);
            if (footerText is not null)
            {
                _fonts.Draw(gfx, footerText, font, Theme.MutedBrush, _left, baseline);
            }

            var pageNumber = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {_pages.Count}");
            gfx.DrawString(pageNumber, font, Theme.MutedBrush, _left + _width, baseline, XStringFormats.BaseLineRight);
            if (_model.PageFrame)
            {
                DrawFrame(gfx);
            }

            if (_model.Watermark is { Length: > 0 } watermark)
            {
                DrawWatermark(gfx, watermark);
            }
        }
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _images.Dispose();
    }
}
