using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Images;

/// <summary>A normalised image name: registry host, repository path, tag ("" when none).</summary>
internal readonly record struct ImageName(string Registry, string Repository, string Tag);

/// <summary>
/// One row of the knowledge table: a registry, a repository glob (<c>*</c> matches within one
/// path segment, a trailing <c>/*</c> any depth), and optionally a word the tag must or must not have.
/// </summary>
internal sealed class ImagePattern
{
    private readonly string _registry;
    private readonly string _repository;
    private readonly string? _tagWord;
    private readonly string[] _exceptTagWords;

    public ImagePattern(string registry, string repository, string? tagWord = null, string[]? exceptTagWords = null)
    {
        _registry = registry;
        _repository = repository;
        _tagWord = tagWord;
        _exceptTagWords = exceptTagWords ?? Array.Empty<string>();
    }

    /// <summary>The registry and repository glob, as the documentation lists them: <c>mcr.microsoft.com/dotnet/*</c>.</summary>
    public string Name => _registry + "/" + _repository;

    /// <summary>The tag word the tag must have, or null.</summary>
    public string? TagWord => _tagWord;

    /// <summary>Tag words that exclude an image.</summary>
    public IReadOnlyList<string> ExceptTagWords => _exceptTagWords;

    public override string ToString() => Name + (_tagWord is null ? string.Empty : " +" + _tagWord) + string.Concat(Array.ConvertAll(_exceptTagWords, w => " -" + w));

    public bool Matches(ImageName image)
    {
        if (!string.Equals(image.Registry, _registry, StringComparison.OrdinalIgnoreCase) || !RepositoryMatches(image.Repository))
        {
            return false;
        }

        if (_tagWord is not null && !TagHasWord(image.Tag, _tagWord))
        {
            return false;
        }

        foreach (var word in _exceptTagWords)
        {
            if (TagHasWord(image.Tag, word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a dash-separated word of the tag starts with <paramref name="word"/>:
    /// <c>alpine3.20</c> has <c>alpine</c>, <c>8.0-noble-chiseled-extra</c> has <c>chiseled</c>,
    /// <c>debug-nonroot</c> has <c>nonroot</c>; <c>3.11-slimmer</c> has <c>slim</c> too, which is fine.
    /// </summary>
    public static bool TagHasWord(string tag, string word)
    {
        foreach (var part in tag.Split('-', '_'))
        {
            if (part.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool RepositoryMatches(string repository)
    {
        if (_repository == "*")
        {
            return true;
        }

        if (_repository.EndsWith("/*", StringComparison.Ordinal))
        {
            var prefix = _repository.Substring(0, _repository.Length - 1);
            return repository.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        }

        if (_repository.StartsWith("*/", StringComparison.Ordinal))
        {
            var suffix = _repository.Substring(1);
            return repository.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(repository, _repository, StringComparison.OrdinalIgnoreCase);
    }
}
