namespace DockerSecurity.Analysis.Shell;

internal enum TokenKind
{
    End,
    Word,

    /// <summary>Digits written right before a redirection operator: the 2 of <c>2&gt;&amp;1</c>.</summary>
    IoNumber,
    Newline,
    Operator,
}

internal enum Op
{
    None,
    AndIf,
    OrIf,
    Semicolon,
    DoubleSemicolon,
    SemicolonAnd,
    DoubleSemicolonAnd,
    Ampersand,
    Pipe,
    PipeAnd,
    LeftParen,
    RightParen,
    Less,
    Great,
    DoubleGreat,
    Clobber,
    LessGreat,
    LessAnd,
    GreatAnd,
    AndGreat,
    AndDoubleGreat,
    DoubleLess,
    DoubleLessDash,
    TripleLess,
}

internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, Op op = Op.None, ShellWord? word = null, int fileDescriptor = 0)
    {
        Kind = kind;
        Start = start;
        End = end;
        Op = op;
        Word = word;
        FileDescriptor = fileDescriptor;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public Op Op { get; }

    public ShellWord? Word { get; }

    public int FileDescriptor { get; }

    public bool Is(Op op) => Kind == TokenKind.Operator && Op == op;

    public bool IsRedirection => Kind == TokenKind.IoNumber || (Kind == TokenKind.Operator && Op >= Op.Less);

    /// <summary>An unquoted word spelled <paramref name="text"/>: how reserved words are recognised.</summary>
    public bool IsPlainWord(string text) => Kind == TokenKind.Word && Word!.Value == text && !Word.IsQuoted && Word.IsLiteral;
}
