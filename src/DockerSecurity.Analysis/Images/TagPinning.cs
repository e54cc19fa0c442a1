using System;
using System.Collections.Generic;

namespace DockerSecurity.Analysis.Images;

/// <summary>How firmly a tag names one image.</summary>
public enum TagPin
{
    /// <summary>No tag: Docker uses <c>latest</c>.</summary>
    Missing,

    /// <summary>The <c>latest</c> tag.</summary>
    Latest,

    /// <summary>A tag that moves to new images: <c>3.11-slim</c>, <c>lts</c>, <c>alpine3.20</c>, <c>bookworm</c>.</summary>
    Floating,

    /// <summary>A full version (<c>3.11.7-slim</c>, <c>8.0.11-noble-chiseled</c>) or a date stamp (<c>bookworm-20241202-slim</c>).</summary>
    FullVersion,
}

/// <summary>Decides whether an image tag is a full version, as the standard requires.</summary>
public static class TagPinning
{
    /// <summary>Images whose releases have two-part versions: <c>postgres:16.6</c> and <c>ubuntu:24.04</c> are full versions.</summary>
    private static readonly HashSet<string> TwoPartVersionImages = new(StringComparer.OrdinalIgnoreCase)
    {
        "library/postgres",
        "library/ubuntu",
        "library/fedora",
    };

    /// <param name="repository">The normalised repository (<c>library/python</c>, <c>dotnet/aspnet</c>).</param>
    /// <param name="tag">The tag, or null when the reference has none.</param>
    public static TagPin Classify(string repository, string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return TagPin.Missing;
        }

        if (string.Equals(tag, "latest", StringComparison.OrdinalIgnoreCase))
        {
            return TagPin.Latest;
        }

        if (HasDateStamp(tag!))
        {
            return TagPin.FullVersion;
        }

        var components = LeadingVersionComponents(tag!);
        var full = components >= 3 || (components == 2 && TwoPartVersionImages.Contains(repository));
        return full ? TagPin.FullVersion : TagPin.Floating;
    }

    /// <summary>The number of dot-separated numbers in the first run of digits: <c>3.11.7-slim</c> has 3, <c>alpine3.20</c> has 2.</summary>
    private static int LeadingVersionComponents(string tag)
    {
        var i = 0;
        while (i < tag.Length && !char.IsDigit(tag[i]))
        {
            i++;
        }

        if (i == tag.Length)
        {
            return 0;
        }

        var components = 1;
        while (i < tag.Length)
        {
            if (char.IsDigit(tag[i]))
            {
                i++;
            }
            else if (tag[i] == '.' && i + 1 < tag.Length && char.IsDigit(tag[i + 1]))
            {
                components++;
                i++;
            }
            else
            {
                break;
            }
        }

        return components;
    }

    /// <summary>A dash-separated word that is a date, <c>YYYYMMDD</c> optionally followed by <c>.N</c>: Debian and Ubuntu's dated tags.</summary>
    private static bool HasDateStamp(string tag)
    {
        foreach (var word in tag.Split('-'))
        {
            var dot = word.IndexOf('.');
            var date = dot < 0 ? word : word.Substring(0, dot);
            if (date.Length == 8 && date.StartsWith("20", StringComparison.Ordinal) && IsDigits(date)
                && int.Parse(date.Substring(4, 2)) is >= 1 and <= 12 && int.Parse(date.Substring(6, 2)) is >= 1 and <= 31)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
