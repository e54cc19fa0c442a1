using System;
using System.Collections.Generic;
using System.Globalization;
using DockerSecurity.Analysis.Images;
using DockerSecurity.Analysis.Text;

namespace DockerSecurity.Analysis.Dockerfiles.Model;

/// <summary>One pass over the instructions, then the stage references are resolved.</summary>
internal sealed class DockerfileModelBuilder
{
    private readonly DockerfileSyntax _syntax;
    private readonly VariableExpander _expander;
    private readonly VariableScope _global = new();
    private readonly List<ArgDeclaration> _globalArgs = new();
    private readonly List<Instruction> _beforeFirstStage = new();
    private readonly List<Stage> _stages = new();
    private readonly List<VariableScope> _scopes = new();
    private readonly List<PendingReference> _pending = new();
    private readonly Dictionary<Instruction, Stage> _stageOf = new();

    // Docker keeps the last stage of a name (a duplicate name is an error it reports itself).
    private readonly Dictionary<string, Stage> _stagesByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Instruction, IReadOnlyList<ExpandedArgument>> _expanded = new();

    public DockerfileModelBuilder(DockerfileSyntax syntax)
    {
        _syntax = syntax;
        _expander = new VariableExpander(syntax.EscapeToken);
        foreach (var name in DockerfileModel.BuiltInArgs)
        {
            _global.SetArg(name, BuiltIn);
        }
    }

    private static Variable BuiltIn { get; } = new(null, Array.Empty<VariableReference>(), VariableResolution.BuiltIn);

    private static Variable NoDefault { get; } = new(null, Array.Empty<VariableReference>(), VariableResolution.NoDefault);

    public DockerfileModel Build()
    {
        Stage? stage = null;
        VariableScope? scope = null;
        foreach (var instruction in _syntax.Instructions)
        {
            if (instruction.Keyword == InstructionKeywords.From)
            {
                stage = StartStage(instruction, out scope);
                continue;
            }

            if (stage is null || scope is null)
            {
                if (instruction.Keyword == InstructionKeywords.Arg)
                {
                    DeclareGlobalArgs(instruction);
                }
                else
                {
                    _beforeFirstStage.Add(instruction);
                }

                continue;
            }

            stage.Add(instruction);
            _stageOf[instruction] = stage;
            Apply(stage, scope, instruction);
        }

        if (_stages.Count > 0)
        {
            _stages[_stages.Count - 1].IsFinal = true;
        }

        var references = ResolveReferences();
        var graph = new StageGraph(_stages, references);
        return new DockerfileModel(_syntax, _globalArgs, _stages, _beforeFirstStage, graph, _stageOf, _stagesByName, _expanded);
    }

    private void DeclareGlobalArgs(Instruction instruction)
    {
        foreach (var pair in instruction.KeyValues)
        {
            var references = new List<VariableReference>();
            Variable variable;
            string? value = null;
            if (pair.Value is not null)
            {
                value = _expander.Expand(pair.Value, pair.ValueSpan!.Value, _global.Find, references);
                variable = Known(value, references);
            }
            else
            {
                // Declaring a platform ARG or repeating an ARG keeps what is already known of it.
                variable = _global.Find(pair.Key) ?? NoDefault;
                value = variable.Value;
            }

            _global.SetArg(pair.Key, variable);
            _globalArgs.Add(new ArgDeclaration(instruction, pair, value, references, isGlobal: true));
        }
    }

    private Stage StartStage(Instruction from, out VariableScope scope)
    {
        var stage = new Stage(_stages.Count, from);
        _stageOf[from] = stage;
        var image = stage.BaseImageArgument;
        if (image is not null)
        {
            var references = new List<VariableReference>();
            stage.BaseImageText = _expander.Expand(image.Value, image.Span, _global.Find, references);
            stage.BaseImageVariables = references;
            stage.BaseStage = FindEarlierStage(stage.BaseImageText);
            if (stage.BaseStage is null)
            {
                stage.BaseImage = ImageReference.Parse(stage.BaseImageText);
            }

            _pending.Add(new PendingReference(stage, from, StageReferenceKind.From, stage.BaseImageText, image.Span));
        }

        var platform = stage.Platform;
        if (platform?.Value is not null)
        {
            stage.PlatformText = _expander.Expand(platform.Value, platform.ValueSpan!.Value, _global.Find, new List<VariableReference>());
        }

        var baseStage = stage.BaseStage;
        scope = baseStage is null ? new VariableScope() : _scopes[baseStage.Index].InheritEnvironment();
        if (baseStage is not null)
        {
            stage.InheritedShell = baseStage.Shell;
            stage.EffectiveUser = baseStage.EffectiveUser;
            stage.EffectiveUserName = baseStage.EffectiveUserName;
            stage.Healthcheck = baseStage.Healthcheck;
        }

        _stages.Add(stage);
        _scopes.Add(scope);
        if (stage.Name is not null)
        {
            _stagesByName[stage.Name] = stage;
        }

        return stage;
    }

    private Stage? FindEarlierStage(string name) => _stagesByName.TryGetValue(name, out var stage) ? stage : null;

    private static bool ExpandsArguments(string keyword) => keyword is InstructionKeywords.Expose or InstructionKeywords.User
        or InstructionKeywords.Copy or InstructionKeywords.Add or InstructionKeywords.Workdir or InstructionKeywords.Volume;

    private List<ExpandedArgument> Expand(Instruction instruction, VariableScope scope)
    {
        var expanded = new List<ExpandedArgument>(instruction.Arguments.Count);
        foreach (var argument in instruction.Arguments)
        {
            var references = new List<VariableReference>();
            var value = _expander.Expand(argument.Value, argument.Span, scope.Find, references);
            expanded.Add(new ExpandedArgument(argument, value, references));
        }

        return expanded;
    }

    private void Apply(Stage stage, VariableScope scope, Instruction instruction)
    {
        var expanded = ExpandsArguments(instruction.Keyword) ? Expand(instruction, scope) : null;
        if (expanded is not null)
        {
            _expanded[instruction] = expanded;
        }

        switch (instruction.Keyword)
        {
            case InstructionKeywords.Arg:
                foreach (var pair in instruction.KeyValues)
                {
                    var references = new List<VariableReference>();
                    Variable variable;
                    if (pair.Value is not null)
                    {
                        variable = Known(_expander.Expand(pair.Value, pair.ValueSpan!.Value, scope.Find, references), references);
                    }
                    else
                    {
                        // ARG NAME in a stage takes the global ARG's value.
                        variable = _global.Find(pair.Key) ?? NoDefault;
                    }

                    scope.SetArg(pair.Key, variable);
                    stage.AddArg(new ArgDeclaration(instruction, pair, variable.Value, references, isGlobal: false));
                }

                break;
            case InstructionKeywords.Env:
            {
                // All pairs of one ENV see the values from before it, as in Docker.
                var values = new List<(string Key, Variable Value)>();
                foreach (var pair in instruction.KeyValues)
                {
                    var references = new List<VariableReference>();
                    var value = _expander.Expand(pair.Value ?? string.Empty, pair.ValueSpan ?? pair.Span, scope.Find, references);
                    values.Add((pair.Key, Known(value, references)));
                }

                foreach (var (key, value) in values)
                {
                    scope.SetEnv(key, value);
                }

                break;
            }

            case InstructionKeywords.Shell:
                if (instruction.IsExecForm)
                {
                    var shell = new List<string>(instruction.Arguments.Count);
                    foreach (var argument in instruction.Arguments)
                    {
                        shell.Add(argument.Value);
                    }

                    stage.AddShell(instruction, shell);
                }

                break;
            case InstructionKeywords.User:
                stage.EffectiveUser = instruction;
                stage.EffectiveUserName = expanded!.Count > 0 ? expanded[0].Value : null;
                break;
            case InstructionKeywords.Healthcheck:
                stage.Healthcheck = instruction;
                break;
            case InstructionKeywords.Copy:
                var from = instruction.GetFlag("from");
                if (from?.Value is not null)
                {
                    var text = _expander.Expand(from.Value, from.ValueSpan!.Value, scope.Find, new List<VariableReference>());
                    _pending.Add(new PendingReference(stage, instruction, StageReferenceKind.CopyFrom, text, from.ValueSpan.Value));
                }

                break;
            case InstructionKeywords.Run:
                foreach (var flag in instruction.Flags)
                {
                    if (flag.Name == "mount" && flag.Value is not null && MountFrom(flag, out var mountFrom, out var span))
                    {
                        var text = _expander.Expand(mountFrom, span, scope.Find, new List<VariableReference>());
                        _pending.Add(new PendingReference(stage, instruction, StageReferenceKind.MountFrom, text, span));
                    }
                }

                break;
        }
    }

    /// <summary>The <c>from=</c> field of a <c>--mount</c> value (comma-separated, double quotes allowed).</summary>
    private static bool MountFrom(InstructionFlag flag, out string value, out SourceSpan span)
    {
        var text = flag.Value!;
        var position = 0;
        while (position <= text.Length)
        {
            var fieldStart = position;
            var inQuotes = false;
            while (position < text.Length && (inQuotes || text[position] != ','))
            {
                if (text[position] == '"')
                {
                    inQuotes = !inQuotes;
                }

                position++;
            }

            var field = text.Substring(fieldStart, position - fieldStart).Trim();
            var equals = field.IndexOf('=');
            if (equals > 0 && string.Equals(field.Substring(0, equals).Trim(), "from", StringComparison.OrdinalIgnoreCase))
            {
                value = field.Substring(equals + 1).Trim().Trim('"');
                var valueSpan = flag.ValueSpan!.Value;
                var offset = text.IndexOf(value, fieldStart, StringComparison.Ordinal);
                span = valueSpan.StartLine == valueSpan.EndLine && valueSpan.EndColumn - valueSpan.StartColumn == text.Length && offset >= 0
                    ? new SourceSpan(valueSpan.StartLine, valueSpan.StartColumn + offset, valueSpan.StartLine, valueSpan.StartColumn + offset + value.Length)
                    : valueSpan;
                return value.Length > 0;
            }

            position++;
        }

        value = string.Empty;
        span = default;
        return false;
    }

    private List<StageReference> ResolveReferences()
    {
        var references = new List<StageReference>(_pending.Count);
        foreach (var pending in _pending)
        {
            Stage? target;
            if (pending.Kind == StageReferenceKind.From)
            {
                target = pending.Source.BaseStage;
            }
            else
            {
                target = FindAnyStage(pending.Text);
            }

            var image = target is null
                ? pending.Kind == StageReferenceKind.From ? pending.Source.BaseImage : ImageReference.Parse(pending.Text)
                : null;
            var reference = new StageReference(pending.Source, pending.Instruction, pending.Kind, pending.Text, pending.Span, target, image);
            pending.Source.AddReference(reference);
            references.Add(reference);
        }

        return references;
    }

    /// <summary>COPY --from and mounts may name any stage, or give its index.</summary>
    private Stage? FindAnyStage(string nameOrIndex)
    {
        if (_stagesByName.TryGetValue(nameOrIndex, out var named))
        {
            return named;
        }

        return int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _stages.Count
            ? _stages[index]
            : null;
    }

    private static Variable Known(string value, List<VariableReference> references)
    {
        List<VariableReference>? unresolved = null;
        foreach (var reference in references)
        {
            if (reference.Resolution is VariableResolution.NoDefault or VariableResolution.Undeclared or VariableResolution.BuiltIn)
            {
                (unresolved ??= new List<VariableReference>()).Add(reference);
            }
        }

        return new Variable(value, (IReadOnlyList<VariableReference>?)unresolved ?? Array.Empty<VariableReference>(), VariableResolution.Resolved);
    }

    private readonly record struct PendingReference(Stage Source, Instruction Instruction, StageReferenceKind Kind, string Text, SourceSpan Span);
}
