using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Shell;

internal sealed partial class ShellParser
{
    /// <summary>Parses a compound command opened by the (peeked) <paramref name="opener"/>, then its redirections.</summary>
    private CompoundCommand ParseCompound(CompoundCommandKind kind, Action<CompoundCommand, Token> parseRest)
    {
        var opener = Next();
        var command = new CompoundCommand(kind)
        {
            Origin = _origin,
            Parent = _contextParent,
            PipefailEnabled = _scope.Pipefail,
        };

        // Every word read here that is not in a body (loop list, case patterns, even a stray
        // word after a syntax error) belongs to this command, so nested commands never hang
        // from a command that is never parsed.
        _wordOwner = command;
        if (Enter(opener.Start, opener.End - opener.Start))
        {
            parseRest(command, opener);
            Leave();
        }

        while (Peek().IsRedirection)
        {
            ParseRedirection(command);
        }

        _wordOwner = null;
        command.Span = Span(opener.Start, _lastTokenEnd);
        return command;
    }

    /// <summary>Parses a command list into the body of <paramref name="owner"/>.</summary>
    private void ParseBody(CompoundCommand owner, ShellScope? scope = null) =>
        InContext(CommandOrigin.Compound, owner, scope ?? _scope, () => ParseList(owner.BodyList));

    private void WithCloser(Closing closing, Action parse)
    {
        _closers[(int)closing]++;
        try
        {
            parse();
        }
        finally
        {
            _closers[(int)closing]--;
        }
    }

    private bool Expect(string keyword)
    {
        if (!Peek().IsPlainWord(keyword))
        {
            return false;
        }

        Consume();
        return true;
    }

    private void ReportUnclosed(Token opener, string missing) =>
        Report($"'{_text.Substring(opener.Start, opener.End - opener.Start)}' is not closed: '{missing}' is missing", opener.Start, opener.End);

    private ShellCommand ParseSubshell() => ParseCompound(CompoundCommandKind.Subshell, (command, opener) =>
        WithCloser(Closing.Paren, () =>
        {
            ParseBody(command, _scope.Copy());
            if (Peek().Is(Op.RightParen))
            {
                Consume();
            }
            else
            {
                ReportUnclosed(opener, ")");
            }
        }));

    private ShellCommand ParseGroup() => ParseCompound(CompoundCommandKind.Group, (command, opener) =>
        WithCloser(Closing.Brace, () =>
        {
            ParseBody(command);
            if (!Expect("}"))
            {
                ReportUnclosed(opener, "}");
            }
        }));

    private ShellCommand ParseIf() => ParseCompound(CompoundCommandKind.If, (command, opener) =>
        WithCloser(Closing.If, () =>
        {
            ParseBody(command);
            while (true)
            {
                if (Expect("then"))
                {
                    ParseBody(command);
                }
                else
                {
                    Report("'then' is missing after the condition", opener.Start, opener.End);
                }

                if (Expect("elif"))
                {
                    ParseBody(command);
                    continue;
                }

                if (Expect("else"))
                {
                    ParseBody(command);
                }

                if (!Expect("fi"))
                {
                    ReportUnclosed(opener, "fi");
                }

                return;
            }
        }));

    private ShellCommand ParseWhile() => ParseCompound(
        Peek().Word!.Value == "while" ? CompoundCommandKind.While : CompoundCommandKind.Until,
        (command, opener) => WithCloser(Closing.Loop, () =>
        {
            ParseBody(command);
            ParseDoDone(command, opener);
        }));

    private void ParseDoDone(CompoundCommand command, Token opener)
    {
        if (Expect("do"))
        {
            ParseBody(command);
        }
        else
        {
            Report("'do' is missing", opener.Start, opener.End);
        }

        if (!Expect("done"))
        {
            ReportUnclosed(opener, "done");
        }
    }

    private ShellCommand ParseFor() => ParseCompound(
        Peek().Word!.Value == "for" ? CompoundCommandKind.For : CompoundCommandKind.Select,
        (command, opener) => WithCloser(Closing.Loop, () =>
        {
            var token = Peek();
            if (token.Is(Op.LeftParen) && CharAt(token.End) == '(')
            {
                Consume();
                command.WordList.Add(ReadArithmeticWord(token.Start));
            }
            else
            {
                if (token.Kind == TokenKind.Word)
                {
                    command.WordList.Add(Next().Word!);
                }
                else
                {
                    Report($"a variable name must follow '{_text.Substring(opener.Start, opener.End - opener.Start)}'", opener.Start, opener.End);
                }

                SkipNewlines();
                if (Expect("in"))
                {
                    while (Peek().Kind == TokenKind.Word)
                    {
                        command.WordList.Add(Next().Word!);
                    }
                }
            }

            if (Peek().Is(Op.Semicolon))
            {
                Consume();
            }

            SkipNewlines();
            ParseDoDone(command, opener);
        }));

    private ShellCommand ParseCase() => ParseCompound(CompoundCommandKind.Case, (command, opener) =>
        WithCloser(Closing.Case, () =>
        {
            if (Peek().Kind == TokenKind.Word)
            {
                command.WordList.Add(Next().Word!);
            }
            else
            {
                Report("a word must follow 'case'", opener.Start, opener.End);
            }

            SkipNewlines();
            if (!Expect("in"))
            {
                Report("'in' is missing after 'case WORD'", opener.Start, opener.End);
            }

            while (true)
            {
                SkipNewlines();
                if (Expect("esac"))
                {
                    break;
                }

                if (!ParseCaseItem(command))
                {
                    ReportUnclosed(opener, "esac");
                    break;
                }
            }
        }));

    /// <summary>Parses <c>pattern | pattern ) commands ;;</c>; false when nothing could be read (the case is left unclosed).</summary>
    private bool ParseCaseItem(CompoundCommand command)
    {
        var progressed = false;
        if (Peek().Is(Op.LeftParen))
        {
            Consume();
            progressed = true;
        }

        if (Peek().Kind == TokenKind.Word)
        {
            command.WordList.Add(Next().Word!);
            progressed = true;
            while (Peek().Is(Op.Pipe))
            {
                Consume();
                if (Peek().Kind == TokenKind.Word)
                {
                    command.WordList.Add(Next().Word!);
                }
            }
        }

        var token = Peek();
        if (token.Is(Op.RightParen))
        {
            Consume();
        }
        else if (!progressed)
        {
            return false;
        }
        else
        {
            Report("')' is missing after the case pattern", token.Start, token.End);
        }

        var before = command.BodyList.Count;
        ParseBody(command);
        token = Peek();
        var op = token.Kind != TokenKind.Operator ? ShellOperator.None : token.Op switch
        {
            Op.DoubleSemicolon => ShellOperator.CaseBreak,
            Op.SemicolonAnd => ShellOperator.CaseFallThrough,
            Op.DoubleSemicolonAnd => ShellOperator.CaseContinue,
            _ => ShellOperator.None,
        };

        if (op != ShellOperator.None)
        {
            if (command.BodyList.Count > before)
            {
                SetTerminator(command.BodyList[command.BodyList.Count - 1], op);
            }

            Consume();
            return true;
        }

        return token.IsPlainWord("esac");
    }

    private ShellCommand ParseArithmeticCommand() => ParseCompound(CompoundCommandKind.Arithmetic, (command, opener) =>
        command.WordList.Add(ReadArithmeticWord(opener.Start)));

    /// <summary>Reads <c>((...))</c> starting at <paramref name="start"/>, the first parenthesis already consumed as a token.</summary>
    private ShellWord ReadArithmeticWord(int start)
    {
        var builder = new WordBuilder();
        ReadArithmetic(builder, start, 2);
        _lastTokenEnd = _pos;
        return builder.Build(_map, start, _pos);
    }

    /// <summary><c>[[ ... ]]</c>: its operators (<c>&amp;&amp;</c>, <c>&lt;</c>, <c>(</c>) are not the shell's, so it is read word by word.</summary>
    private ShellCommand ParseConditional() => ParseCompound(CompoundCommandKind.Conditional, (command, opener) =>
    {
        var closed = false;
        while (!AtEnd && !closed)
        {
            SkipBlanksAndComments();
            if (AtEnd)
            {
                break;
            }

            var c = CharAt(_pos);
            if (c == '\n' || (EndsWord(_pos) && !((c == '<' || c == '>') && CharAt(_pos + 1) == '(')))
            {
                _pos++;
                continue;
            }

            var word = ReadWord();
            if (word.Value == "]]" && !word.IsQuoted)
            {
                closed = true;
            }
            else
            {
                command.WordList.Add(word);
            }
        }

        _lastTokenEnd = _pos;
        if (!closed)
        {
            ReportUnclosed(opener, "]]");
        }
    });

    private ShellCommand ParseFunctionKeyword() => ParseCompound(CompoundCommandKind.FunctionDefinition, (command, opener) =>
    {
        if (Peek().Kind == TokenKind.Word)
        {
            command.WordList.Add(Next().Word!);
        }
        else
        {
            Report("a function name must follow 'function'", opener.Start, opener.End);
        }

        if (Peek().Is(Op.LeftParen))
        {
            Consume();
            if (Peek().Is(Op.RightParen))
            {
                Consume();
            }
        }

        ParseFunctionBody(command);
    });

    /// <summary><c>name() body</c>, the name already read by the simple-command parser and <c>(</c> peeked.</summary>
    private ShellCommand ParseFunctionDefinition(ShellWord name, int start)
    {
        _pendingOwner = null;
        var command = ParseCompound(CompoundCommandKind.FunctionDefinition, (command, opener) =>
        {
            command.WordList.Add(name);
            if (Peek().Is(Op.RightParen))
            {
                Consume();
            }
            else
            {
                Report("')' must follow '(' in a function definition", opener.Start, opener.End);
            }

            ParseFunctionBody(command);
        });

        command.Span = Span(start, _lastTokenEnd);
        return command;
    }

    private void ParseFunctionBody(CompoundCommand function)
    {
        // A copy of the shell's state: a function body runs only when called.
        InContext(CommandOrigin.Compound, function, _scope.Copy(), () =>
        {
            SkipNewlines();
            var body = ParseCommand();
            if (body is null)
            {
                var token = Peek();
                Report("a function body must follow the function name", token.Start, token.End);
                return;
            }

            var pipeline = new Pipeline(new List<ShellCommand> { body }, isNegated: false, body.PipefailEnabled, body.Span);
            body.Pipeline = pipeline;
            _ctx.Pipelines.Add(pipeline);
            function.BodyList.Add(pipeline);
        });
    }
}
