namespace DockerSecurity.Analysis.Images;

/// <summary>
/// An image reference such as <c>python:3.12-slim</c> or
/// <c>registry:5000/team/app:1.2@sha256:...</c>, parsed and normalised as Docker does
/// (distribution/reference ParseNormalizedNamed). Parsing never throws: an invalid reference has
/// <see cref="IsValid"/> false and an <see cref="Error"/>.
/// </summary>
public sealed class ImageReference
{
    /// <summary>Docker Hub's canonical domain.</summary>
    public const string DockerHubDomain = "docker.io";

    private ImageReference(string text)
    {
        Text = text;
    }

    /// <summary>The reference as written.</summary>
    public string Text { get; }

    public bool IsValid => Error is null;

    /// <summary>Why the reference is invalid (Docker's wording where Docker has one); null when valid.</summary>
    public string? Error { get; private set; }

    /// <summary>The reference still contains <c>$VAR</c> or <c>${VAR}</c>: its value is only known at build time.</summary>
    public bool HasUnresolvedVariables { get; private set; }

    /// <summary><c>scratch</c>: the empty base image, which has no tag, digest or registry.</summary>
    public bool IsScratch { get; private set; }

    /// <summary>The registry host (and port), or null for Docker Hub.</summary>
    public string? Registry { get; private set; }

    /// <summary>The registry host with Docker Hub spelled <c>docker.io</c>; null when invalid.</summary>
    public string? Domain { get; private set; }

    /// <summary>The path in the registry: <c>library/python</c> for <c>python</c>, <c>dotnet/aspnet</c> for <c>mcr.microsoft.com/dotnet/aspnet</c>.</summary>
    public string? Repository { get; private set; }

    /// <summary>The last path segment: <c>aspnet</c>.</summary>
    public string? Name { get; private set; }

    /// <summary>The tag; null when none is written (Docker then pulls <c>latest</c> unless a digest is given).</summary>
    public string? Tag { get; private set; }

    /// <summary>The digest, <c>sha256:...</c>; null when none is written.</summary>
    public string? Digest { get; private set; }

    /// <summary>The short name Docker shows: <c>python</c>, <c>user/app</c>, <c>ghcr.io/org/app</c>.</summary>
    public string? FamiliarName { get; private set; }

    /// <summary>Domain and repository: <c>docker.io/library/python</c>.</summary>
    public string? FullName => Domain is null ? null : Domain + "/" + Repository;

    /// <summary>Never throws.</summary>
    public static ImageReference Parse(string? text)
    {
        var reference = new ImageReference(text ?? string.Empty);
        var error = ImageReferenceGrammar.Parse(reference.Text, out var parts);
        if (error is not null)
        {
            reference.Error = error;
            reference.HasUnresolvedVariables = parts.HasVariables;
            return reference;
        }

        reference.IsScratch = reference.Text == "scratch";
        reference.Domain = parts.Domain;
        reference.Registry = parts.Domain == DockerHubDomain ? null : parts.Domain;
        reference.Repository = parts.Path;
        reference.Name = parts.Path.Substring(parts.Path.LastIndexOf('/') + 1);
        reference.Tag = parts.Tag;
        reference.Digest = parts.Digest;
        reference.FamiliarName = Familiar(parts.Domain, parts.Path);
        return reference;
    }

    /// <summary>True with the reference when it is valid.</summary>
    public static bool TryParse(string? text, out ImageReference reference)
    {
        reference = Parse(text);
        return reference.IsValid;
    }

    /// <summary>The normalised reference (<c>docker.io/library/python:3.12</c>), or the text as written when invalid.</summary>
    public override string ToString()
    {
        if (!IsValid)
        {
            return Text;
        }

        var result = FullName!;
        if (Tag is not null)
        {
            result += ":" + Tag;
        }

        if (Digest is not null)
        {
            result += "@" + Digest;
        }

        return result;
    }

    private static string Familiar(string domain, string path)
    {
        if (domain != DockerHubDomain)
        {
            return domain + "/" + path;
        }

        const string Library = "library/";
        if (path.StartsWith(Library, System.StringComparison.Ordinal) && path.IndexOf('/', Library.Length) < 0)
        {
            return path.Substring(Library.Length);
        }

        return path;
    }
}
