namespace DockerSecurity.Analysis.Rules.Health;

/// <summary>DKS5001: without a HEALTHCHECK, a hung container looks healthy to Docker.</summary>
public sealed class HealthcheckMissingRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.HealthcheckMissing;

    public void Analyze(DockerfileContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null || final.Healthcheck is not null)
        {
            return;
        }

        context.Report(Descriptor, final.BaseImageArgument?.Span ?? final.From.Span,
            "The final stage has no HEALTHCHECK, so a hung container still looks healthy: add HEALTHCHECK CMD with a probe of the service (or define the health check in compose)");
    }
}
