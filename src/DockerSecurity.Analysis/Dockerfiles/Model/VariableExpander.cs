using System;
using System.Collections.Generic;
using DockerSecurity.Analysis.Dockerfiles.Parsing;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Model;

/// <summary>Expands Dockerfile words (buildkit ProcessWord) against a scope, keeping unknown references visible.</summary>
internal sealed class VariableExpander
{
    private readonly char _escape;

    public VariableExpander(char escape)
    {
        _escape = escape;
    }

    /// <summary>
    /// The expanded text (quotes removed, known variables substituted, unknown ones left as written
    /// and <c>${X:-default}</c> taking its default) and every variable it depends on.
    /// </summary>
    public string Expand(string raw, SourceSpan rawSpan, Func<string, Variable?> lookup, List<VariableReference> references)
    {
        if (IsPlain(raw))
        {
            return raw;
        }

        var variables = new List<LexedVariable>();
        var lexer = new WordLexer(_escape)
        {
            KeepUnknownVariables = true,
            UseDefaultForUnknown = true,
            Lookup = name => lookup(name)?.Value,
            Variables = variables,
        };

        // A substitution Docker would reject leaves the text as written: still visibly unresolved.
        var result = lexer.Process(raw, 0, raw.Length, out var expanded, null, out _) ? expanded : raw;
        foreach (var variable in variables)
        {
            var span = SpanWithin(raw, rawSpan, variable.Start, variable.End);
            if (variable.Found)
            {
                references.Add(new VariableReference(variable.Name, VariableResolution.Resolved, span));
                foreach (var dependency in lookup(variable.Name)?.Dependencies ?? Array.Empty<VariableReference>())
                {
                    references.Add(new VariableReference(dependency.Name, dependency.Resolution, span));
                }
            }
            else if (variable.UsedDefault)
            {
                references.Add(new VariableReference(variable.Name, VariableResolution.DefaultUsed, span));
            }
            else
            {
                references.Add(new VariableReference(variable.Name, lookup(variable.Name)?.UnknownAs ?? VariableResolution.Undeclared, span));
            }
        }

        return result;
    }

    /// <summary>Nothing for the lexer to do: the common case of a literal word.</summary>
    private bool IsPlain(string raw)
    {
        foreach (var c in raw)
        {
            if (c == '$' || c == '\'' || c == '"' || c == _escape)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The span of <c>raw[start..end)</c> when <paramref name="raw"/> lies on one line as written; else the whole span.</summary>
    private static SourceSpan SpanWithin(string raw, SourceSpan rawSpan, int start, int end)
    {
        if (rawSpan.StartLine != rawSpan.EndLine || rawSpan.EndColumn - rawSpan.StartColumn != raw.Length)
        {
            return rawSpan;
        }

        return new SourceSpan(rawSpan.StartLine, rawSpan.StartColumn + start, rawSpan.StartLine, rawSpan.StartColumn + end);
    }
}
