using System.Text;

namespace DockerSecurity.Analysis.Configuration;

/// <summary>
/// Section names of global configs: not globs but one absolute file path each, with '/' separators
/// on every OS and EditorConfig escapes (<c>[/src/\{x\}/Dockerfile]</c>).
/// </summary>
internal static class GlobalSectionName
{
    /// <summary>
    /// Roslyn's <c>IsAbsoluteEditorConfigPath</c>: only simple (possibly escaped) characters, starting
    /// with '/', or on Windows also with a drive (<c>C:/</c>).
    /// </summary>
    public static bool IsAbsolutePath(string sectionName)
    {
        var lexer = new SectionNameLexer(sectionName);
        var sawRoot = false;
        var index = 0;
        while (!lexer.IsDone)
        {
            if (lexer.Lex() != SectionNameToken.SimpleCharacter)
            {
                return false;
            }

            var character = lexer.Eat();
            if (index == 0)
            {
                if (character == '/')
                {
                    sawRoot = true;
                }
                else if (!ConfigPath.IsWindows)
                {
                    return false;
                }
            }
            else if (!sawRoot && ConfigPath.IsWindows)
            {
                if (index == 1 && character != ':')
                {
                    return false;
                }

                if (index == 2)
                {
                    if (character != '/')
                    {
                        return false;
                    }

                    sawRoot = true;
                }
            }

            index++;
        }

        return sawRoot;
    }

    /// <summary>The path an absolute section name stands for: escapes removed, drive letter upper-cased.</summary>
    public static string ToPath(string sectionName)
    {
        var builder = new StringBuilder(sectionName.Length);
        var lexer = new SectionNameLexer(sectionName);
        while (!lexer.IsDone)
        {
            lexer.Lex();
            if (!lexer.IsDone)
            {
                builder.Append(lexer.Eat());
            }
        }

        return ConfigPath.NormalizeDriveLetter(builder.ToString());
    }
}
