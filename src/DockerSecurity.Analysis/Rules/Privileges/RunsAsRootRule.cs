using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2001: the final stage runs as root, either because the last USER is root or because no
/// USER is set and the base image is not known to default to a non-root user.
/// </summary>
public sealed class RunsAsRootRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.RunsAsRoot;

    public void Analyze(DockerfileContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null)
        {
            return;
        }

        var user = final.EffectiveUser;
        var name = final.EffectiveUserName;
        if (user is null || name is null)
        {
            if (!context.TraitsOf(final).RunsAsNonRoot)
            {
                context.Report(Descriptor, final.BaseImageArgument?.Span ?? final.From.Span,
                    $"The final stage runs as root: '{final.BaseImageText}' defaults to root and no USER follows; add USER with a non-root user after the steps that need root");
            }

            return;
        }

        if (UserNames.IsRoot(name) && user.Arguments.Count > 0)
        {
            context.Report(Descriptor, user.Arguments[0].Span,
                $"USER {user.Arguments[0].Value} makes the final stage run as root; switch to a non-root user after the steps that need root");
        }
    }
}
