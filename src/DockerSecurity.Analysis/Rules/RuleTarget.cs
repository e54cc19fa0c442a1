using System;

namespace DockerSecurity.Analysis.Rules;

/// <summary>Which kind of file a rule reads (the catalog's "On" column).</summary>
[Flags]
public enum RuleTarget
{
    None = 0,
    Dockerfile = 1,
    Compose = 2,
    DockerfileAndCompose = Dockerfile | Compose,
}
