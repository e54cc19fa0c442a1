using System.IO;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2001: the container runs as root. In a Dockerfile: the final stage's last USER is root, or
/// no USER is set and the base image is not known to default to a non-root user. In compose:
/// <c>user:</c> names root, or a service without <c>user:</c> builds a <c>target</c> stage that runs
/// as root (a final stage is reported in its Dockerfile, so not twice).
/// </summary>
public sealed class RunsAsRootRule : IDockerfileRule, IComposeRule
{
    public RuleDescriptor Descriptor => RuleCatalog.RunsAsRoot;

    public void Analyze(DockerfileContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null)
        {
            return;
        }

        switch (StageUsers.Of(final, context.TraitsOf(final)))
        {
            case StageUser.ImageDefault:
                context.Report(Descriptor, final.BaseImageArgument?.Span ?? final.From.Span,
                    $"The final stage runs as root: '{final.BaseImageText}' defaults to root and no USER follows; add USER with a non-root user after the steps that need root");
                break;
            case StageUser.Root:
                var user = final.EffectiveUser!.Arguments[0];
                context.Report(Descriptor, user.Span,
                    $"USER {user.Value} makes the final stage run as root; switch to a non-root user after the steps that need root");
                break;
        }
    }

    public void Analyze(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.User is { } user)
            {
                if (KnownValues.Of(user) is { } name && UserNames.IsRoot(name))
                {
                    context.Report(Descriptor, user.Origin,
                        $"Service '{service.Name}' runs as root ('user: {name}'); use a non-root user such as \"10001:10001\"");
                }

                // A variable without a default: the environment decides.
                continue;
            }

            ReportRootTarget(context, service);
        }
    }

    /// <summary>A <c>target:</c> stage is not the final stage the Dockerfile's own analysis checks, so it is reported here.</summary>
    private void ReportRootTarget(ComposeContext context, ComposeService service)
    {
        if (service.Build?.Target is not { } target || context.BuiltStage(service) is not { IsFinal: false } stage)
        {
            return;
        }

        var why = StageUsers.Of(stage, context.TraitsOf(service)) switch
        {
            StageUser.ImageDefault => $"'{stage.BaseImageText}' defaults to root and the stage sets no USER",
            StageUser.Root => $"its last USER is '{stage.EffectiveUserName}'",
            _ => null,
        };
        if (why is null)
        {
            return;
        }

        var shown = ComposePaths.Display(service.Build.DockerfilePath!, Path.GetDirectoryName(context.Files.BaseFile));
        context.Report(Descriptor, target.Origin,
            $"Service '{service.Name}' builds stage '{target.Value}' of '{shown}', which runs as root ({why}); set a non-root 'user:' or add USER to that stage");
    }
}
