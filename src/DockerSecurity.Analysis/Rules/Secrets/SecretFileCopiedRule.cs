using System;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Secrets;

/// <summary>
/// DKS4002: COPY or ADD names a secret file as a source (<c>.env</c>, a private key, a key store,
/// a credentials file or folder), so it ends up in an image layer. Copies from other stages count
/// too: that is how a key used by a build stage reaches the final image.
/// </summary>
public sealed class SecretFileCopiedRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SecretFileCopied;

    public void Analyze(DockerfileContext context)
    {
        foreach (var outer in context.Model.Syntax.Instructions)
        {
            var instruction = outer.OnBuild ?? outer;
            var isAdd = instruction.Is(InstructionKeywords.Add);
            if (!isAdd && !instruction.Is(InstructionKeywords.Copy))
            {
                continue;
            }

            var arguments = instruction.Arguments;
            for (var i = 0; i < arguments.Count - 1; i++)
            {
                var source = arguments[i].Value;
                if (source.StartsWith("<<", StringComparison.Ordinal) || source.IndexOf('$') >= 0
                    || (isAdd && (source.IndexOf("://", StringComparison.Ordinal) >= 0 || source.StartsWith("git@", StringComparison.Ordinal))))
                {
                    continue;
                }

                if (SecretFileNames.Classify(source) is not { } kind)
                {
                    continue;
                }

                var keyword = instruction.Keyword;
                var message = IsWildcard(source)
                    ? $"{keyword} '{source}' can copy {SecretFileNames.Describe(kind)}s into an image layer, where anyone who can pull the image can read them; copy the files you need by name and mount secrets at run time instead"
                    : $"{keyword} puts the {SecretFileNames.Describe(kind)} '{source}' into an image layer, where anyone who can pull the image can read it; mount it at run time (a compose secret) or while building (RUN --mount=type=secret) instead";
                context.Report(Descriptor, arguments[i].Span, message, $"{keyword} {source}");
            }
        }
    }

    private static bool IsWildcard(string source) => source.IndexOfAny(new[] { '*', '?', '[' }) >= 0;
}
