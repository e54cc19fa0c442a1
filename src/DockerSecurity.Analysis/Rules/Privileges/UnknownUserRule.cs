using System.Collections.Generic;
using System.Linq;
using DockerSecurity.Analysis.Dockerfiles;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>
/// DKS2002: a USER that names an account which does not exist makes <c>docker run</c> fail ("unable to
/// find user") or, in a build step, the build. Checked for every USER of the final image: those of the
/// final stage and of the stages it is built FROM.
/// </summary>
public sealed class UnknownUserRule : IDockerfileRule
{
    public RuleDescriptor Descriptor => RuleCatalog.UnknownUser;

    public void Analyze(DockerfileContext context)
    {
        if (context.Model.FinalStage is not { } final)
        {
            return;
        }

        var lineage = StageLineage.Of(final);
        var root = lineage[0];
        if (root.BaseImage is not { IsValid: true, HasUnresolvedVariables: false })
        {
            return;
        }

        var accounts = UserAccounts.ForBase(context.TraitsOf(final), root, IsWindows(context, final));
        foreach (var stage in lineage)
        {
            foreach (var instruction in stage.Instructions)
            {
                Apply(context, instruction, accounts, root, new HashSet<Stage> { stage });
            }
        }
    }

    private void Apply(DockerfileContext context, Instruction instruction, UserAccounts accounts, Stage root, HashSet<Stage> visiting)
    {
        switch (instruction.Keyword)
        {
            case InstructionKeywords.Run:
                accounts.AddCreatedBy(instruction, context.ShellOf(instruction));
                break;
            case InstructionKeywords.Copy:
            case InstructionKeywords.Add:
                AddCopiedPasswd(context, instruction, accounts, visiting);
                break;
            case InstructionKeywords.User:
                Check(context, instruction, accounts, root);
                break;
        }
    }

    private void Check(DockerfileContext context, Instruction user, UserAccounts accounts, Stage root)
    {
        if (context.Model.ExpandedArguments(user).FirstOrDefault() is not { } argument || argument.HasUnknownVariables || argument.Value.IndexOf('$') >= 0)
        {
            return;
        }

        var colon = argument.Value.IndexOf(':');
        var name = colon < 0 ? argument.Value : argument.Value.Substring(0, colon);
        if (name.Length == 0 || name.All(char.IsDigit) || accounts.Has(name))
        {
            return;
        }

        var image = root.BaseImage!.IsScratch
            ? "'scratch' has no users at all"
            : $"'{root.BaseImageText}' is not known to have it";
        context.Report(Descriptor, argument.Span,
            $"USER '{name}' is never created in this Dockerfile and {image}, so the container cannot start; create it (useradd, adduser) before USER, or use a numeric UID",
            name);
    }

    /// <summary><c>COPY --from=build /etc/passwd /etc/passwd</c> brings that stage's accounts; a passwd from elsewhere, unknown ones.</summary>
    private void AddCopiedPasswd(DockerfileContext context, Instruction copy, UserAccounts accounts, HashSet<Stage> visiting)
    {
        var arguments = context.Model.ExpandedArguments(copy);
        if (arguments.Count < 2 || !IsPasswdDestination(arguments[arguments.Count - 1].Value, arguments.Take(arguments.Count - 1)))
        {
            return;
        }

        var source = context.Model.StageGraph.References.FirstOrDefault(r => r.Instruction == copy && r.Kind == StageReferenceKind.CopyFrom)?.Target;
        if (source is null || visiting.Contains(source))
        {
            accounts.AddUnknown();
            return;
        }

        var lineage = StageLineage.Of(source);
        var sourceAccounts = UserAccounts.ForBase(context.TraitsOf(source), lineage[0], IsWindows(context, source));
        var inner = new HashSet<Stage>(visiting);
        foreach (var stage in lineage)
        {
            inner.Add(stage);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Keyword != InstructionKeywords.User)
                {
                    Apply(context, instruction, sourceAccounts, lineage[0], inner);
                }
            }
        }

        accounts.AddAll(sourceAccounts);
    }

    /// <summary>A Windows base image, or any stage of a Dockerfile written for Windows (<c># escape=`</c>).</summary>
    private static bool IsWindows(DockerfileContext context, Stage stage) =>
        context.TraitsOf(stage).IsWindows || context.Model.Syntax.EscapeToken == '`';

    /// <summary>The destination is /etc/passwd, or /etc/ with a source named passwd.</summary>
    private static bool IsPasswdDestination(string destination, IEnumerable<ExpandedArgument> sources)
    {
        var trimmed = destination.TrimEnd('/');
        return trimmed == "/etc/passwd" || (trimmed == "/etc" && sources.Any(s => s.Value.EndsWith("passwd", System.StringComparison.Ordinal)));
    }
}
