using System;
using System.IO;
using System.Linq;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Tests.Compose;

public class ComposeDiscoveryTests
{
    private const string Csproj = "<Project Sdk=\"Microsoft.NET.Sdk\" />\n";

    // FindSolutionComposeFiles

    [Test]
    public void Solution_folder_files_with_overrides_and_overlays_are_found_in_ordinal_order()
    {
        using var files = new ComposeTestFiles();
        files.Write("repo/.git/HEAD", "ref: refs/heads/main\n");
        files.Write("repo/App.sln", "");
        files.Write("repo/docker-compose.yml", "services: {}\n");
        files.Write("repo/docker-compose.override.yml", "services: {}\n");
        files.Write("repo/docker-compose.prod.yml", "services: {}\n");
        files.Write("repo/compose.staging.yaml", "services: {}\n");
        files.Write("repo/docker-compose.vs.debug.yml", "services: {}\n");
        files.Write("repo/docker-compose.yml.bak", "");
        files.Write("repo/docker-compose.dcproj", "");
        files.Write("repo/src/Api/Api.csproj", Csproj);

        var expected = new[] { "repo/compose.staging.yaml", "repo/docker-compose.override.yml", "repo/docker-compose.prod.yml", "repo/docker-compose.yml" }
            .Select(files.PathOf).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api"), null), Is.EqualTo(expected));
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api"), files.PathOf("repo")), Is.EqualTo(expected));
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api") + Path.DirectorySeparatorChar, files.PathOf("repo") + Path.DirectorySeparatorChar), Is.EqualTo(expected));
        });
    }

    [Test]
    public void Project_folder_itself_is_skipped_and_the_nearest_folder_above_wins()
    {
        using var files = new ComposeTestFiles();
        files.Write("repo/.git", "gitdir: /elsewhere/worktrees/repo\n");
        files.Write("repo/docker-compose.yml", "services: {}\n");
        files.Write("repo/src/compose.yaml", "services: {}\n");
        files.Write("repo/src/compose.override.yaml", "services: {}\n");
        files.Write("repo/src/Api/docker-compose.yml", "services: {}\n");

        var found = ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api"), null);

        Assert.That(found, Is.EqualTo(new[] { files.PathOf("repo/src/compose.override.yaml"), files.PathOf("repo/src/compose.yaml") }));
    }

    [Test]
    public void Overlay_alone_does_not_make_a_solution_folder()
    {
        using var files = new ComposeTestFiles();
        files.Write("repo/.git/HEAD", "");
        files.Write("repo/docker-compose.yml", "services: {}\n");
        files.Write("repo/src/docker-compose.override.yml", "services: {}\n");

        Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api"), null), Is.EqualTo(new[] { files.PathOf("repo/docker-compose.yml") }));
    }

    [Test]
    public void Walk_never_goes_above_the_given_repository_root()
    {
        using var files = new ComposeTestFiles();
        files.Write("docker-compose.yml", "services: {}\n");
        files.Write("repo/src/Api/Api.csproj", Csproj);

        Assert.Multiple(() =>
        {
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api"), files.PathOf("repo")), Is.Empty);
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo"), files.PathOf("repo")), Is.Empty, "the project is at the root");
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api"), files.PathOf("other")), Is.Empty, "the project is outside the root");
        });
    }

    [Test]
    public void Without_a_root_the_walk_ends_at_the_first_solution_or_git_folder()
    {
        using var files = new ComposeTestFiles();
        files.Write("outer/.git/HEAD", "");
        files.Write("outer/docker-compose.yml", "services: {}\n");
        files.Write("outer/sol/App.slnx", "<Solution />\n");
        files.Write("outer/sol/src/Api/Api.csproj", Csproj);
        files.Write("outer/other/App.sln", "");
        files.Write("outer/other/compose.yaml", "services: {}\n");
        files.Write("outer/other/src/Web/Web.csproj", Csproj);
        files.Write("outer/Solo/.git/HEAD", "");
        files.Write("outer/Solo/Solo.csproj", Csproj);

        Assert.Multiple(() =>
        {
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("outer/sol/src/Api"), null), Is.Empty, "stops at App.slnx");
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("outer/other/src/Web"), null), Is.EqualTo(new[] { files.PathOf("outer/other/compose.yaml") }), "the solution folder itself is read");
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("outer/Solo"), null), Is.Empty, "the project folder is the repository");
        });
    }

    [Test]
    public void Without_a_root_and_without_any_solution_or_git_folder_nothing_is_read()
    {
        using var files = new ComposeTestFiles();
        Assume.That(HasBoundaryAtOrAbove(files.Directory), Is.False, "the temporary folder is inside a repository or solution");
        files.Write("docker-compose.yml", "services: {}\n");
        files.Write("src/Api/Api.csproj", Csproj);

        Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("src/Api"), null), Is.Empty);
    }

    [Test]
    public void Missing_or_odd_folders_give_nothing_and_never_throw()
    {
        using var files = new ComposeTestFiles();
        Assert.Multiple(() =>
        {
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("no/such/project"), files.Directory), Is.Empty);
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles("", null), Is.Empty);
            Assert.That(ComposeDiscovery.FindSolutionComposeFiles("bad\0path", "also\0bad"), Is.Empty);
            Assert.That(ComposeDiscovery.ComposeFilesIn(files.PathOf("missing")), Is.Empty);
        });
    }

    // FindBuiltProjects and IsOwner

    [Test]
    public void Visual_studio_layout_is_owned_by_the_ordinal_smallest_built_project()
    {
        using var files = SolutionWithTwoServices();
        var compose = ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api"), files.PathOf("repo"));

        Assert.Multiple(() =>
        {
            Assert.That(ComposeDiscovery.FindBuiltProjects(compose), Is.EqualTo(new[] { files.PathOf("repo/src/Api/Api.csproj"), files.PathOf("repo/src/Worker/Worker.csproj") }));
            Assert.That(ComposeDiscovery.IsOwner(compose, files.PathOf("repo/src/Api/Api.csproj")), Is.True);
            Assert.That(ComposeDiscovery.IsOwner(compose, files.PathOf("repo/src/Worker/Worker.csproj")), Is.False, "built, but not the owner");
            Assert.That(ComposeDiscovery.IsOwner(compose, files.PathOf("repo/tests/Api.Tests/Api.Tests.csproj")), Is.False, "not built");
            Assert.That(ComposeDiscovery.IsOwner(compose, files.PathOf("repo/src/Worker/../Api/Api.csproj")), Is.True, "paths are normalised");
        });
    }

    [Test]
    public void Overlays_build_projects_too_and_can_change_the_owner()
    {
        using var files = SolutionWithTwoServices();
        files.Write("repo/docker-compose.prod.yml", """
            services:
              admin:
                build:
                  context: .
                  dockerfile: src/Admin/Dockerfile
            """);
        files.Write("repo/src/Admin/Admin.fsproj", Csproj);
        var compose = ComposeDiscovery.FindSolutionComposeFiles(files.PathOf("repo/src/Api"), files.PathOf("repo"));

        Assert.Multiple(() =>
        {
            Assert.That(ComposeDiscovery.FindBuiltProjects(compose), Has.Count.EqualTo(3));
            Assert.That(ComposeDiscovery.IsOwner(compose, files.PathOf("repo/src/Admin/Admin.fsproj")), Is.True);
            Assert.That(ComposeDiscovery.IsOwner(compose, files.PathOf("repo/src/Api/Api.csproj")), Is.False);
        });
    }

    [Test]
    public void Dockerfile_below_the_project_folder_inline_dockerfiles_and_contexts_map_to_the_project()
    {
        using var files = new ComposeTestFiles();
        files.Write("repo/.git/HEAD", "");
        files.Write("repo/compose.yaml", """
            services:
              api:
                build:
                  context: src/Api
                  dockerfile: docker/Dockerfile.release
              inline:
                build:
                  context: src/Inline
                  dockerfile_inline: |
                    FROM busybox:1.37.0
              remote:
                build: https://github.com/example/app.git#main
              db:
                image: postgres:16.6-alpine
            """);
        files.Write("repo/src/Api/Api.csproj", Csproj);
        files.Write("repo/src/Inline/Inline.vbproj", Csproj);

        var compose = new[] { files.PathOf("repo/compose.yaml") };

        Assert.That(ComposeDiscovery.FindBuiltProjects(compose), Is.EqualTo(new[] { files.PathOf("repo/src/Api/Api.csproj"), files.PathOf("repo/src/Inline/Inline.vbproj") }),
            "the Dockerfiles need not exist: only compose files are read");
    }

    [Test]
    public void Ambiguous_folders_and_folders_above_the_compose_files_own_nothing()
    {
        using var files = new ComposeTestFiles();
        files.Write("Outer.csproj", Csproj);
        files.Write("repo/.git/HEAD", "");
        files.Write("repo/docker-compose.yml", """
            services:
              root:
                build: .
              pair:
                build: ./src/Pair
              nested:
                build: ./src/Host/tools/Dockerfile-folder
            """);
        files.Write("repo/src/Pair/One.csproj", Csproj);
        files.Write("repo/src/Pair/Two.csproj", Csproj);
        files.Write("repo/src/Host/Host.csproj", Csproj);

        var compose = new[] { files.PathOf("repo/docker-compose.yml") };

        Assert.Multiple(() =>
        {
            Assert.That(ComposeDiscovery.FindBuiltProjects(compose), Is.EqualTo(new[] { files.PathOf("repo/src/Host/Host.csproj") }));
            Assert.That(ComposeDiscovery.IsOwner(compose, files.PathOf("Outer.csproj")), Is.False);
            Assert.That(ComposeDiscovery.IsOwner(compose, files.PathOf("repo/src/Pair/One.csproj")), Is.False);
        });
    }

    [Test]
    public void Compose_files_that_build_nothing_have_no_owner()
    {
        using var files = new ComposeTestFiles();
        files.Write("repo/docker-compose.yml", """
            services:
              db:
                image: postgres:16.6-alpine
            """);
        files.Write("repo/broken.yml", "services: [\n");
        files.Write("repo/src/Api/Api.csproj", Csproj);

        Assert.Multiple(() =>
        {
            Assert.That(ComposeDiscovery.IsOwner(new[] { files.PathOf("repo/docker-compose.yml") }, files.PathOf("repo/src/Api/Api.csproj")), Is.False);
            Assert.That(ComposeDiscovery.IsOwner(new[] { files.PathOf("repo/broken.yml"), files.PathOf("repo/missing.yml") }, files.PathOf("repo/src/Api/Api.csproj")), Is.False);
            Assert.That(ComposeDiscovery.IsOwner(Array.Empty<string>(), files.PathOf("repo/src/Api/Api.csproj")), Is.False);
        });
    }

    private static ComposeTestFiles SolutionWithTwoServices()
    {
        var files = new ComposeTestFiles();
        files.Write("repo/.git/HEAD", "");
        files.Write("repo/App.sln", "");
        files.Write("repo/docker-compose.yml", """
            services:
              api:
                build:
                  context: .
                  dockerfile: src/Api/Dockerfile
              worker:
                build:
                  context: .
                  dockerfile: src/Worker/Dockerfile
              db:
                image: postgres:16.6-alpine
            """);
        files.Write("repo/docker-compose.override.yml", """
            services:
              api:
                environment:
                  - ASPNETCORE_ENVIRONMENT=Development
            """);
        files.Write("repo/src/Api/Api.csproj", Csproj);
        files.Write("repo/src/Api/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0.11\n");
        files.Write("repo/src/Worker/Worker.csproj", Csproj);
        files.Write("repo/src/Worker/Dockerfile", "FROM mcr.microsoft.com/dotnet/runtime:8.0.11\n");
        files.Write("repo/tests/Api.Tests/Api.Tests.csproj", Csproj);
        return files;
    }

    private static bool HasBoundaryAtOrAbove(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(Path.Combine(current, ".git")) || File.Exists(Path.Combine(current, ".git"))
                || Directory.EnumerateFiles(current, "*.sln").Any() || Directory.EnumerateFiles(current, "*.slnx").Any())
            {
                return true;
            }
        }

        return false;
    }
}
