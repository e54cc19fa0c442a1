using System;
using System.Collections.Generic;
using System.Globalization;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>
/// A scalar value. The environment is unknown at build time, so a scalar keeps its template:
/// whether it is a literal, one variable reference or text mixed with references, which
/// defaults it has, and the <see cref="Value"/> it takes when every variable is unset.
/// </summary>
public sealed class ComposeScalar : ComposeNode
{
    private readonly InterpolatedText _text;

    /// <summary>Line and column of <c>Raw[0]</c> when each character of Raw sits on one line at its own column; otherwise null.</summary>
    private readonly SourcePosition? _contentStart;

    internal ComposeScalar(
        string raw,
        ComposeScalarStyle style,
        string? tag,
        ComposeOrigin origin,
        SourcePosition? contentStart,
        ComposeDocumentContext context,
        bool canBeNull = true)
        : base(origin, tag, context)
    {
        Raw = raw;
        Style = style;
        _contentStart = contentStart;
        IsNull = canBeNull && style == ComposeScalarStyle.Plain && (tag is null || tag == "!reset" || tag == "!override" ? IsNullText(raw) : tag == "tag:yaml.org,2002:null");
        _text = InterpolatedText.Parse(this, IsNull ? "" : raw, 0);
    }

    public override ComposeNodeKind Kind => ComposeNodeKind.Scalar;

    /// <summary>The value as written in YAML (quotes and escapes resolved, variables not).</summary>
    public string Raw { get; }

    /// <summary>The effective value when every variable is unset (defaults applied, <c>$$</c> unescaped).</summary>
    public string Value => IsNull ? "" : _text.EffectiveValue;

    public ComposeScalarStyle Style { get; }

    /// <summary>YAML null: <c>~</c>, <c>null</c> or nothing at all.</summary>
    public bool IsNull { get; }

    public bool IsQuoted => Style is ComposeScalarStyle.SingleQuoted or ComposeScalarStyle.DoubleQuoted;

    public ComposeScalarKind ScalarKind =>
        _text.Variables.Count == 0 ? ComposeScalarKind.Literal
        : _text.IsSingleReference(Raw.Length) ? ComposeScalarKind.Variable
        : ComposeScalarKind.Interpolated;

    /// <summary>No variable reference: the value is fully known.</summary>
    public bool IsLiteral => _text.Variables.Count == 0;

    /// <summary>The value depends on the environment.</summary>
    public bool HasVariables => _text.Variables.Count > 0;

    /// <summary>Top-level variable references, in order.</summary>
    public IReadOnlyList<ComposeVariable> Variables => _text.Variables;

    /// <summary>The reference when the whole value is one (<see cref="ComposeScalarKind.Variable"/>), else null.</summary>
    public ComposeVariable? Variable => ScalarKind == ComposeScalarKind.Variable ? _text.Variables[0] : null;

    /// <summary>The invalid-template message when the value breaks the interpolation grammar, else null.</summary>
    public string? InterpolationError => _text.Error;

    /// <summary>The span of the value itself, without tag or anchor (quotes included).</summary>
    public SourceSpan Span => Origin.Span;

    /// <summary>Whether <see cref="SpanOf"/> is exact: each character of Raw sits on one line at its own column (a one-line value without escapes).</summary>
    internal bool MapsColumns => _contentStart is not null;

    /// <summary>The span of <c>Raw[start .. start+length)</c>; the whole value when the text does not map column by column.</summary>
    public SourceSpan SpanOf(int start, int length)
    {
        if (_contentStart is not { } first || start < 0 || length < 0 || start + length > Raw.Length)
        {
            return Origin.Span;
        }

        return new SourceSpan(first.Line, first.Column + start, first.Line, first.Column + start + length);
    }

    /// <summary>Compose's boolean reading: true/yes/y/on and false/no/n/off, any case.</summary>
    public bool? AsBoolean()
    {
        switch (Value.ToLowerInvariant())
        {
            case "true":
            case "yes":
            case "y":
            case "on":
                return true;
            case "false":
            case "no":
            case "n":
            case "off":
                return false;
            default:
                return null;
        }
    }

    public long? AsInteger() =>
        long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public double? AsNumber() =>
        double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsNaN(v) && !double.IsInfinity(v) ? v : null;

    /// <summary>A scalar for <c>Raw[start .. start+length)</c> (e.g. the value of <c>KEY=value</c>), interpolated on its own.</summary>
    internal ComposeScalar Slice(int start, int length)
    {
        var text = Raw.Substring(start, length);
        SourcePosition? first = _contentStart is { } c ? new SourcePosition(c.Line, c.Column + start) : null;
        var origin = first is { } f ? new ComposeOrigin(Origin.FilePath, new SourceSpan(f, new SourcePosition(f.Line, f.Column + length))) : Origin;
        return new ComposeScalar(text, Style, null, origin, first, Context, canBeNull: false);
    }

    internal override ComposeNode WithTag(string? tag) =>
        new ComposeScalar(Raw, Style, tag, Origin, _contentStart, Context, canBeNull: !IsNull ? false : true);

    internal static bool IsNullText(string text) => text.Length == 0 || text == "~" || text == "null" || text == "Null" || text == "NULL";

    public override string ToString() => Raw;
}
