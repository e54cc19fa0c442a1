using System.IO;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3010Tests : RuleTest
{
    private const string Complete = """
        .git
        **/.env
        **/*.pem
        **/*.key
        **/*.pfx
        **/*.p12
        **/id_*
        """;

    /// <summary>A repository folder on disk (with .git) holding the given files; returns the Dockerfile's path.</summary>
    private static string Repository(string dockerfile = "Dockerfile", params (string Name, string Content)[] files)
    {
        var root = TestFolder.Create();
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return Path.Combine(root, dockerfile);
    }

    [Test]
    public void Copy_everything_without_dockerignore_is_reported_at_the_source()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            WORKDIR /app
            COPY {|DKS3010:.|} .
            """, path: Repository()).ShouldReport().Single("DKS3010");
        Assert.That(finding.Message, Is.EqualTo("'COPY . .' copies the whole build context and no .dockerignore was found, so '.git', '.env', '*.pem', '*.key', '*.pfx', '*.p12' and 'id_rsa*' can end up in the image; add a .dockerignore that excludes them, or copy only what the image needs"));
    }

    [Test]
    public void Message_names_what_the_dockerignore_lets_through()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            COPY --chown=app:app {|DKS3010:./|} /app/
            """, path: Repository(files: (".dockerignore", "# build output\nbin/\nobj/\n.env\n*.pem\n"))).ShouldReport().Single("DKS3010");
        Assert.That(finding.Message, Is.EqualTo("'COPY ./ /app/' copies the whole build context, and '.git', '.env', '*.pem', '*.key', '*.pfx', '*.p12' and 'id_rsa*' are not excluded by .dockerignore, so they can end up in the image; exclude them in .dockerignore, or copy only what the image needs"));
    }

    [Test]
    public void One_missing_name_is_named_alone()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            ADD {|DKS3010:.|} /app
            """, path: Repository(files: (".dockerignore", "**/.env\n**/*.pem\n**/*.key\n**/*.pfx\n**/*.p12\n**/id_*\n"))).ShouldReport().Single("DKS3010");
        Assert.That(finding.Message, Is.EqualTo("'ADD . /app' copies the whole build context, and '.git' is not excluded by .dockerignore, so it can end up in the image; exclude it in .dockerignore, or copy only what the image needs"));
    }

    [Test]
    public void Every_whole_context_copy_of_the_final_image_is_reported() => Dockerfile("""
        FROM python:3.12.8-slim AS base
        COPY {|DKS3010:.|} /src
        FROM base
        COPY [{|DKS3010:"."|}, "/app"]
        COPY \
            {|DKS3010:*|} \
            /app/
        """, path: Repository()).ShouldReport();

    [Test]
    public void Arg_default_is_substituted() => Dockerfile("""
        FROM python:3.12.8-slim
        ARG SOURCE=.
        COPY {|DKS3010:${SOURCE}|} /app
        """, path: Repository()).ShouldReport();

    [Test]
    public void Patterns_relative_to_the_context_root_do_not_cover_nested_files() => Dockerfile("""
        FROM python:3.12.8-slim
        COPY {|DKS3010:.|} .
        """, path: Repository(files: (".dockerignore", ".git\n.env\n*.pem\n*.key\n*.pfx\n*.p12\nid_*\n"))).ShouldReport();

    [Test]
    public void Exception_that_re_includes_keys_is_reported() => Dockerfile("""
        FROM python:3.12.8-slim
        COPY {|DKS3010:.|} .
        """, path: Repository(files: (".dockerignore", Complete + "\n!*.pem\n"))).ShouldReport();

    [Test]
    public void Dockerignore_of_the_solution_folder_applies_to_a_project_dockerfile() => Dockerfile("""
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0
        COPY {|DKS3010:.|} .
        """, path: Repository("src/Api/Dockerfile", (".dockerignore", "**/.env\n**/bin\n**/obj\n"), ("src/Api/Api.csproj", "<Project />"))).ShouldReport();

    [Test]
    public void Guard_complete_dockerignore() => Dockerfile("""
        FROM python:3.12.8-slim
        COPY . .
        """, path: Repository(files: (".dockerignore", Complete))).ShouldNotReport("DKS3010");

    [Test]
    public void Guard_allow_list_dockerignore() => Dockerfile("""
        FROM python:3.12.8-slim
        COPY . .
        """, path: Repository(files: (".dockerignore", "*\n!src\n!requirements.txt\n"))).ShouldNotReport("DKS3010");

    [Test]
    public void Guard_dockerfile_specific_ignore_file_wins() => Dockerfile("""
        FROM python:3.12.8-slim
        COPY . .
        """, path: Repository("api.Dockerfile", (".dockerignore", "bin/\n"), ("api.Dockerfile.dockerignore", Complete))).ShouldNotReport("DKS3010");

    [Test]
    public void Guard_context_without_git_history_needs_no_git_pattern() => Dockerfile("""
        FROM python:3.12.8-slim
        COPY . .
        """, path: Repository("src/app/Dockerfile", ("src/app/.dockerignore", "**/.env\n**/*.pem\n**/*.key\n**/*.pfx\n**/*.p12\n**/id_*\n"))).ShouldNotReport("DKS3010");

    [Test]
    public void Guard_specific_sources_and_copies_from_stages() => Dockerfile("""
        FROM mcr.microsoft.com/dotnet/sdk:9.0.100 AS build
        COPY . .
        RUN dotnet publish -o /app
        FROM mcr.microsoft.com/dotnet/aspnet:9.0.0
        COPY --from=build /app .
        COPY --from=build . /extra
        COPY src/ ./src/
        COPY ./appsettings.json .
        """, path: Repository()).ShouldNotReport("DKS3010");
}
