namespace DockerSecurity.Analysis.Rules.Compose;

/// <summary>DKS8001: Compose ignores the top-level <c>version</c>; it only misleads readers about the schema in use.</summary>
public sealed class ObsoleteVersionKeyRule : IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ObsoleteVersionKey;

    public void Analyze(ComposeContext context)
    {
        foreach (var version in context.Project.VersionKeys)
        {
            context.Report(Descriptor, version.KeyOrigin, "The top-level 'version' key is obsolete: Compose ignores it and no schema version applies; remove it");
        }
    }
}
