namespace DockerSecurity.IntegrationTests;

/// <summary>Which files a project checks without being told, and how a project changes that.</summary>
public class DiscoveryTests
{
    private const string Dockerfiles = "DockerSecurityDockerfile";
    private const string ComposeFiles = "DockerSecurityComposeFile";

    [Test]
    public void Default_items_find_Docker_names_below_the_project_except_build_output_hidden_folders_and_removed_files()
    {
        var project = new ConsumerProject("Discovery", """
              <ItemGroup>
                <DockerSecurityDockerfile Remove="legacy/Dockerfile" />
                <DockerSecurityDockerfile Include="deploy/web.containerfile" />
                <DockerSecurityComposeFile Remove="deploy/docker-compose.yml" />
              </ItemGroup>
            """);
        foreach (var file in new[]
        {
            "Dockerfile", "docker/api.Dockerfile", "docker/Dockerfile.worker", "web/dockerfile", "tools/build.dockerfile",
            "legacy/Dockerfile", "deploy/web.containerfile",
            "docker/Dockerfile.dockerignore", "bin/Dockerfile", "obj/Dockerfile", ".devcontainer/Dockerfile",
            "node_modules/pkg/Dockerfile", "Dockerfile-old", "docs/Dockerfile.md/readme.txt",
            "compose.yaml", "compose.override.yaml", "docker-compose.yml", "ops/docker-compose.prod.yml", "ops/compose.yml",
            "deploy/docker-compose.yml", "bin/compose.yaml", "compose.yaml.bak", "mycompose.yaml", "docker-compose.json",
        })
        {
            project.Write(file, "");
        }

        var items = project.EvaluatedItems(Dockerfiles, ComposeFiles);

        Assert.That(items[Dockerfiles], Is.EquivalentTo(new[]
        {
            "Dockerfile", "docker/api.Dockerfile", "docker/Dockerfile.worker", "web/dockerfile", "tools/build.dockerfile",
            "deploy/web.containerfile",
        }));
        Assert.That(items[ComposeFiles], Is.EquivalentTo(new[]
        {
            "compose.yaml", "compose.override.yaml", "docker-compose.yml", "ops/docker-compose.prod.yml", "ops/compose.yml",
        }));
    }

    [Test]
    public void Without_default_items_only_the_listed_files_are_checked()
    {
        var project = new ConsumerProject("ExplicitItems", """
              <PropertyGroup>
                <EnableDefaultDockerSecurityItems>false</EnableDefaultDockerSecurityItems>
              </PropertyGroup>
              <ItemGroup>
                <DockerSecurityDockerfile Include="images/Dockerfile" />
                <DockerSecurityComposeFile Include="stack.yaml" />
              </ItemGroup>
            """);
        foreach (var file in new[] { "Dockerfile", "images/Dockerfile", "compose.yaml", "stack.yaml" })
        {
            project.Write(file, "");
        }

        var items = project.EvaluatedItems(Dockerfiles, ComposeFiles);

        Assert.That(items[Dockerfiles], Is.EqualTo(new[] { "images/Dockerfile" }));
        Assert.That(items[ComposeFiles], Is.EqualTo(new[] { "stack.yaml" }));
    }
}
