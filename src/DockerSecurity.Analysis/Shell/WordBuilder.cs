using System.Collections.Generic;
using System.Text;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Shell;

/// <summary>Collects a word's value, where each character of it came from, and its expansions.</summary>
internal sealed class WordBuilder
{
    private readonly StringBuilder _value = new();
    private readonly List<int> _offsets = new();
    private List<bool>? _fromExpansion;
    private List<ShellExpansion>? _expansions;

    public bool IsQuoted { get; set; }

    /// <summary>While above zero, nothing is recorded: the text of an enclosing expansion is added whole afterwards.</summary>
    public int Suppressed { get; set; }

    public int Length => _value.Length;

    public void Append(char c, int offset, bool fromExpansion = false)
    {
        if (Suppressed > 0)
        {
            return;
        }

        _value.Append(c);
        _offsets.Add(offset);
        if (fromExpansion && _fromExpansion is null)
        {
            _fromExpansion = new List<bool>(new bool[_offsets.Count - 1]);
        }

        _fromExpansion?.Add(fromExpansion);
    }

    public void AddExpansion(ShellExpansion expansion)
    {
        if (Suppressed == 0)
        {
            (_expansions ??= new List<ShellExpansion>()).Add(expansion);
        }
    }

    public ShellWord Build(MappedText source, int start, int end) => new(
        source,
        start,
        end,
        _value.ToString(),
        _offsets.ToArray(),
        _fromExpansion?.ToArray(),
        IsQuoted,
        _expansions is null ? System.Array.Empty<ShellExpansion>() : _expansions.ToArray());
}
