using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

internal sealed partial class ShellParser
{
    private const int ClosingKinds = 5;

    /// <summary>The constructs that wait for a closing token; a list stops at a closer one of them waits for.</summary>
    private enum Closing
    {
        /// <summary><c>)</c> of a subshell or substitution.</summary>
        Paren,

        /// <summary><c>}</c> of a group.</summary>
        Brace,

        /// <summary><c>then</c>, <c>elif</c>, <c>else</c>, <c>fi</c>.</summary>
        If,

        /// <summary><c>do</c>, <c>done</c>.</summary>
        Loop,

        /// <summary><c>;;</c>, <c>;&amp;</c>, <c>;;&amp;</c>, <c>esac</c>.</summary>
        Case,
    }

    private static readonly string[] ClosingWords = { "then", "elif", "else", "fi", "do", "done", "esac", "}" };

    /// <summary>
    /// Parses commands until the end of the text or a closing token that an enclosing construct
    /// waits for; a closing token nobody waits for is reported and skipped.
    /// </summary>
    private void ParseList(List<Pipeline> into)
    {
        while (true)
        {
            var token = Peek();
            switch (token.Kind)
            {
                case TokenKind.End:
                    return;
                case TokenKind.Newline:
                    Consume();
                    continue;
                case TokenKind.Operator when token.Op != Op.LeftParen && !token.IsRedirection:
                    if (IsAwaited(token))
                    {
                        return;
                    }

                    Report($"unexpected '{_text.Substring(token.Start, token.End - token.Start)}'", token.Start, token.End);
                    Consume();
                    continue;
                case TokenKind.Word when ClosingWordOf(token) is { } closing:
                    if (IsAwaited(token))
                    {
                        return;
                    }

                    Report($"unexpected '{closing}'", token.Start, token.End);
                    Consume();
                    continue;
            }

            var before = into.Count;
            ParseAndOr(into);
            if (into.Count == before)
            {
                continue;
            }

            var last = into[into.Count - 1];
            var separator = Peek();
            var op = separator.Kind == TokenKind.Newline
                ? ShellOperator.Newline
                : separator.Is(Op.Semicolon) ? ShellOperator.Semicolon : separator.Is(Op.Ampersand) ? ShellOperator.Background : ShellOperator.None;
            if (op != ShellOperator.None)
            {
                SetTerminator(last, op);
                Consume();
            }
        }
    }

    private static string? ClosingWordOf(Token token)
    {
        foreach (var word in ClosingWords)
        {
            if (token.IsPlainWord(word))
            {
                return word;
            }
        }

        return null;
    }

    private bool IsAwaited(Token token)
    {
        if (token.Kind == TokenKind.Operator)
        {
            return token.Op switch
            {
                Op.RightParen => _closers[(int)Closing.Paren] > 0,
                Op.DoubleSemicolon or Op.SemicolonAnd or Op.DoubleSemicolonAnd => _closers[(int)Closing.Case] > 0,
                _ => false,
            };
        }

        return ClosingWordOf(token) switch
        {
            "then" or "elif" or "else" or "fi" => _closers[(int)Closing.If] > 0,
            "do" or "done" => _closers[(int)Closing.Loop] > 0,
            "esac" => _closers[(int)Closing.Case] > 0,
            "}" => _closers[(int)Closing.Brace] > 0,
            _ => false,
        };
    }

    private static void SetTerminator(Pipeline pipeline, ShellOperator op)
    {
        pipeline.Terminator = op;
        pipeline.Commands[pipeline.Commands.Count - 1].Connector = op;
    }

    private void ParseAndOr(List<Pipeline> into)
    {
        var pipeline = ParsePipeline();
        if (pipeline is null)
        {
            return;
        }

        into.Add(pipeline);
        while (true)
        {
            var token = Peek();
            var op = token.Is(Op.AndIf) ? ShellOperator.And : token.Is(Op.OrIf) ? ShellOperator.Or : ShellOperator.None;
            if (op == ShellOperator.None)
            {
                return;
            }

            SetTerminator(pipeline, op);
            Consume();
            SkipNewlines();
            var next = ParsePipeline();
            if (next is null)
            {
                Report($"a command must follow '{(op == ShellOperator.And ? "&&" : "||")}'", token.Start, token.End);
                return;
            }

            into.Add(next);
            pipeline = next;
        }
    }

    private Pipeline? ParsePipeline()
    {
        var first = Peek();
        var negated = first.IsPlainWord("!");
        if (negated)
        {
            Consume();
        }

        var pipefail = _scope.Pipefail;
        var commands = new List<ShellCommand>();
        var command = ParseCommand();
        if (command is null)
        {
            if (negated)
            {
                Report("a command must follow '!'", first.Start, first.End);
            }

            return null;
        }

        commands.Add(command);
        while (true)
        {
            var token = Peek();
            var op = token.Is(Op.Pipe) ? ShellOperator.Pipe : token.Is(Op.PipeAnd) ? ShellOperator.PipeAll : ShellOperator.None;
            if (op == ShellOperator.None)
            {
                break;
            }

            command.Connector = op;
            command.PipeSpan = Span(token.Start, token.End);
            Consume();
            SkipNewlines();
            var next = ParseCommand();
            if (next is null)
            {
                Report($"a command must follow '{(op == ShellOperator.Pipe ? "|" : "|&")}'", token.Start, token.End);
                command.Connector = ShellOperator.None;
                command.PipeSpan = null;
                break;
            }

            commands.Add(next);
            command = next;
        }

        var pipeline = new Pipeline(commands, negated, pipefail, Span(first.Start, _lastTokenEnd));
        foreach (var member in commands)
        {
            member.Pipeline = pipeline;
        }

        _ctx.Pipelines.Add(pipeline);
        return pipeline;
    }

    private ShellCommand? ParseCommand()
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.Word:
                if (!token.Word!.IsQuoted && token.Word.IsLiteral)
                {
                    switch (token.Word.Value)
                    {
                        case "if":
                            return ParseIf();
                        case "while":
                        case "until":
                            return ParseWhile();
                        case "for":
                        case "select":
                            return ParseFor();
                        case "case":
                            return ParseCase();
                        case "{":
                            return ParseGroup();
                        case "[[":
                            return ParseConditional();
                        case "function":
                            return ParseFunctionKeyword();
                    }

                    if (ClosingWordOf(token) is not null)
                    {
                        return null;
                    }
                }

                return ParseSimpleCommand();
            case TokenKind.IoNumber:
                return ParseSimpleCommand();
            case TokenKind.Operator when token.Op == Op.LeftParen:
                return CharAt(token.End) == '(' && LooksLikeArithmetic(token.End + 1) ? ParseArithmeticCommand() : ParseSubshell();
            case TokenKind.Operator when token.IsRedirection:
                return ParseSimpleCommand();
            default:
                return null;
        }
    }

    private ShellCommand ParseSimpleCommand()
    {
        var command = _pendingOwner ?? new SimpleCommand();
        _pendingOwner = null;
        _wordOwner = command;
        var start = Peek().Start;
        while (true)
        {
            var token = Peek();
            if (token.Kind == TokenKind.Word)
            {
                Consume();
                if (command.WordList.Count == 0 && ShellAssignment.TryRead(token.Word!) is { } assignment)
                {
                    command.AssignmentList.Add(assignment);
                    continue;
                }

                command.WordList.Add(token.Word!);
                if (command.WordList.Count == 1 && command.AssignmentList.Count == 0 && command.RedirectionList.Count == 0
                    && token.Word!.IsLiteral && Peek().Is(Op.LeftParen))
                {
                    _wordOwner = null;
                    return ParseFunctionDefinition(token.Word, start);
                }
            }
            else if (token.IsRedirection)
            {
                ParseRedirection(command);
            }
            else
            {
                break;
            }
        }

        _wordOwner = null;
        command.Span = Span(start, _lastTokenEnd);
        Commit(command);
        return command;
    }

    /// <summary>Records a finished simple command in execution order, then applies what it does to the shell.</summary>
    private void Commit(SimpleCommand command)
    {
        command.Origin = _origin;
        command.Parent = _contextParent;
        command.PipefailEnabled = _scope.Pipefail;
        _ctx.Commands.Add(command);

        if (command.Name == "set" && ShellOptionWords.Read(command.WordList, 1, isShell: false).Pipefail is { } pipefail)
        {
            _scope.Pipefail = pipefail;
        }

        if (InlineScriptSource.Find(command.Unwrapped) is not { } inline)
        {
            return;
        }

        var nameWord = command.Unwrapped.NameWord!;
        if (Enter(nameWord.Start, nameWord.End - nameWord.Start))
        {
            var scope = inline.RunsInNewShell ? new ShellScope(inline.Pipefail) : _scope;
            command.InlineScript = ParseNestedText(inline.Text, inline.FromExpansion, scope, CommandOrigin.InlineScript, command);
            Leave();
        }
    }

    private void ParseRedirection(ShellCommand owner)
    {
        var token = Next();
        var start = token.Start;
        int? fileDescriptor = null;
        if (token.Kind == TokenKind.IoNumber)
        {
            fileDescriptor = token.FileDescriptor;
            token = Next();
        }

        var op = _text.Substring(token.Start, token.End - token.Start);
        var kind = token.Op switch
        {
            Op.Less => ShellRedirectionKind.Input,
            Op.Great => ShellRedirectionKind.Output,
            Op.DoubleGreat => ShellRedirectionKind.Append,
            Op.Clobber => ShellRedirectionKind.Clobber,
            Op.LessGreat => ShellRedirectionKind.ReadWrite,
            Op.LessAnd => ShellRedirectionKind.DuplicateInput,
            Op.GreatAnd => ShellRedirectionKind.DuplicateOutput,
            Op.AndGreat => ShellRedirectionKind.OutputAndError,
            Op.AndDoubleGreat => ShellRedirectionKind.AppendOutputAndError,
            Op.DoubleLess or Op.DoubleLessDash => ShellRedirectionKind.HereDocument,
            _ => ShellRedirectionKind.HereString,
        };

        ShellWord? target = null;
        if (Peek().Kind == TokenKind.Word)
        {
            target = Next().Word;
        }
        else
        {
            Report($"a {(kind == ShellRedirectionKind.HereDocument ? "delimiter" : "file name")} must follow '{op}'", token.Start, token.End);
        }

        var redirection = new ShellRedirection(kind, op, fileDescriptor, target, Span(start, _lastTokenEnd));
        owner.RedirectionList.Add(redirection);
        if (kind == ShellRedirectionKind.HereDocument && target is not null)
        {
            redirection.HereDocument = new ShellHereDocument(target.Value, target.IsQuoted, token.Op == Op.DoubleLessDash);
            _pendingHereDocuments.Add(new PendingHereDocument(redirection, owner));
        }
    }

    /// <summary>Runs <paramref name="parse"/> with commands placed in a body or substitution of <paramref name="parent"/>.</summary>
    private void InContext(CommandOrigin origin, ShellCommand parent, ShellScope scope, Action parse)
    {
        var saved = (_origin, _contextParent, _scope, _wordOwner, _pendingOwner);
        _origin = origin;
        _contextParent = parent;
        _scope = scope;
        _wordOwner = null;
        _pendingOwner = null;
        try
        {
            parse();
        }
        finally
        {
            (_origin, _contextParent, _scope, _wordOwner, _pendingOwner) = saved;
        }
    }
}
