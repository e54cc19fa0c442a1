using System.Collections.Generic;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Rules;

/// <summary>Everything that is fixed about a rule; declared once, in <see cref="RuleCatalog"/>.</summary>
public sealed class RuleDescriptor
{
    internal RuleDescriptor(
        string id,
        string name,
        string title,
        string category,
        DiagnosticSeverity defaultSeverity,
        RuleTarget target,
        IReadOnlyList<string> hadolintIds)
    {
        Id = id;
        Name = name;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Target = target;
        HadolintIds = hadolintIds;
    }

    /// <summary>The public, never renumbered ID, e.g. <c>DKS1001</c>.</summary>
    public string Id { get; }

    /// <summary>PascalCase name, used as SARIF <c>rule.name</c>.</summary>
    public string Name { get; }

    public string Title { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public RuleTarget Target { get; }

    /// <summary>The hadolint rules with the same concept; their <c># hadolint ignore=</c> comments apply here.</summary>
    public IReadOnlyList<string> HadolintIds { get; }

    public string HelpLink => RuleCatalog.HelpLinkFor(Id);

    public override string ToString() => Id;
}
