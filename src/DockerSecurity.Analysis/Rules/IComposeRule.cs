namespace DockerSecurity.Analysis.Rules;

/// <summary>A check over one merged compose project (a base file with its overrides).</summary>
public interface IComposeRule
{
    RuleDescriptor Descriptor { get; }

    void Analyze(ComposeContext context);
}
