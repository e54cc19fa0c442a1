namespace DockerSecurity.Analysis.Rules;

/// <summary>A check over one Dockerfile: a pure function from its model to findings.</summary>
public interface IDockerfileRule
{
    RuleDescriptor Descriptor { get; }

    void Analyze(DockerfileContext context);
}
