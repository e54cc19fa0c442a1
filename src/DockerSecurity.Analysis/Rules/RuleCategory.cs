namespace DockerSecurity.Analysis.Rules;

/// <summary>Category names, as used by <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>.</summary>
public static class RuleCategory
{
    public const string Infrastructure = nameof(Infrastructure);
    public const string Images = nameof(Images);
    public const string Privileges = nameof(Privileges);
    public const string Build = nameof(Build);
    public const string Secrets = nameof(Secrets);
    public const string Health = nameof(Health);
    public const string Network = nameof(Network);
    public const string Resources = nameof(Resources);
    public const string Compose = nameof(Compose);
}
