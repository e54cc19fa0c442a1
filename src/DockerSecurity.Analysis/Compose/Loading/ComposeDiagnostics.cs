using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Analysis.Rules;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Compose;

/// <summary>The loader's findings (DKS0002-DKS0004), each reported once even when an aliased node is read twice.</summary>
internal sealed class ComposeDiagnostics
{
    private readonly List<Diagnostic> _items = new();
    private readonly HashSet<(string, string, SourceSpan, string)> _seen = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public int Count => _items.Count;

    /// <summary>DKS0002: not YAML, or not a compose document.</summary>
    public void NotCompose(string filePath, SourceSpan span, string message) => Add(RuleCatalog.ComposeNotValid, filePath, span, message);

    /// <summary>DKS0003: a value of the wrong shape; the rest of the file still loads.</summary>
    public void InvalidValue(ComposeOrigin origin, string message) => Add(RuleCatalog.ComposeValueInvalid, origin.FilePath, origin.Span, message);

    /// <summary>DKS0004: the file is skipped.</summary>
    public void Skipped(string filePath, SourceSpan span, string message) => Add(RuleCatalog.FileSkipped, filePath, span, message);

    /// <summary>A diagnostic found earlier (a cached file's), once like the others.</summary>
    public void Add(Diagnostic diagnostic) => Add(diagnostic.Descriptor, diagnostic.FilePath, diagnostic.Span, diagnostic.Message);

    private void Add(RuleDescriptor descriptor, string filePath, SourceSpan span, string message)
    {
        if (_seen.Add((descriptor.Id, filePath, span, message)))
        {
            _items.Add(new Diagnostic(descriptor, filePath, span, message));
        }
    }
}
