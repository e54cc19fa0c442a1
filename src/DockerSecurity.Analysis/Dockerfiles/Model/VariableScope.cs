using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Dockerfiles.Model;

/// <summary>Variables visible at one point: ENV values win over ARG values of the same name, as in Docker.</summary>
internal sealed class VariableScope
{
    private readonly Dictionary<string, Variable> _env;
    private readonly Dictionary<string, Variable> _args;

    public VariableScope()
        : this(new Dictionary<string, Variable>(StringComparer.Ordinal), new Dictionary<string, Variable>(StringComparer.Ordinal))
    {
    }

    private VariableScope(Dictionary<string, Variable> env, Dictionary<string, Variable> args)
    {
        _env = env;
        _args = args;
    }

    /// <summary>A new stage's scope: the base stage's ENV carries over, its ARGs do not.</summary>
    public VariableScope InheritEnvironment() =>
        new(new Dictionary<string, Variable>(_env, StringComparer.Ordinal), new Dictionary<string, Variable>(StringComparer.Ordinal));

    public void SetEnv(string name, Variable value) => _env[name] = value;

    public void SetArg(string name, Variable value) => _args[name] = value;

    public Variable? Find(string name) =>
        _env.TryGetValue(name, out var env) ? env : _args.TryGetValue(name, out var arg) ? arg : null;
}
