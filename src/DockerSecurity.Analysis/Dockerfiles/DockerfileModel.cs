using System;
using System.Collections.Generic;
using System.Globalization;
using DockerSecurity.Analysis.Dockerfiles.Model;

namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>
/// The meaning of a Dockerfile: its global ARGs, its stages with their base image (after ARG
/// substitution, as Docker does it) or base stage, the effective USER, HEALTHCHECK and SHELL of each
/// stage, and which stage uses which.
/// </summary>
public sealed class DockerfileModel
{
    /// <summary>The platform ARGs the builder defines in the global scope without any ARG instruction.</summary>
    public static readonly IReadOnlyList<string> BuiltInArgs = new[]
    {
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
    };

    private readonly Dictionary<Instruction, Stage> _stageOf;
    private readonly Dictionary<string, Stage> _stagesByName;
    private readonly Dictionary<Instruction, IReadOnlyList<ExpandedArgument>> _expanded;

    internal DockerfileModel(
        DockerfileSyntax syntax,
        IReadOnlyList<ArgDeclaration> globalArgs,
        IReadOnlyList<Stage> stages,
        IReadOnlyList<Instruction> beforeFirstStage,
        StageGraph graph,
        Dictionary<Instruction, Stage> stageOf,
        Dictionary<string, Stage> stagesByName,
        Dictionary<Instruction, IReadOnlyList<ExpandedArgument>> expanded)
    {
        Syntax = syntax;
        GlobalArgs = globalArgs;
        Stages = stages;
        InstructionsBeforeFirstStage = beforeFirstStage;
        StageGraph = graph;
        _stageOf = stageOf;
        _stagesByName = stagesByName;
        _expanded = expanded;
    }

    public DockerfileSyntax Syntax { get; }

    /// <summary>The ARGs before the first FROM: the only variables FROM lines can use.</summary>
    public IReadOnlyList<ArgDeclaration> GlobalArgs { get; }

    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>The last stage: what <c>docker build</c> builds without <c>--target</c>. Null without any FROM.</summary>
    public Stage? FinalStage => Stages.Count > 0 ? Stages[Stages.Count - 1] : null;

    public StageGraph StageGraph { get; }

    /// <summary>Instructions other than ARG before the first FROM (Docker rejects them).</summary>
    public IReadOnlyList<Instruction> InstructionsBeforeFirstStage { get; }

    /// <summary>The stage named <paramref name="nameOrIndex"/> (case-insensitive) or at that index; null when none.</summary>
    public Stage? FindStage(string nameOrIndex)
    {
        if (_stagesByName.TryGetValue(nameOrIndex, out var named))
        {
            return named;
        }

        return int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Stages.Count
            ? Stages[index]
            : null;
    }

    /// <summary>The stage an instruction belongs to (its FROM included); null before the first FROM.</summary>
    public Stage? StageOf(Instruction instruction) => _stageOf.TryGetValue(instruction, out var stage) ? stage : null;

    /// <summary>
    /// The arguments of an EXPOSE, USER, COPY, ADD, WORKDIR or VOLUME after ARG and ENV substitution, as
    /// Docker expands them (COPY and ADD flags are not included); empty for other instructions.
    /// </summary>
    public IReadOnlyList<ExpandedArgument> ExpandedArguments(Instruction instruction) =>
        _expanded.TryGetValue(instruction, out var arguments) ? arguments : Array.Empty<ExpandedArgument>();

    public static DockerfileModel Create(DockerfileSyntax syntax) => new DockerfileModelBuilder(syntax).Build();
}
