using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DockerSecurity.Testing;

namespace DockerSecurity.Build.Tests;

/// <summary>docs/configuration.md documents every property and item the package's build files read.</summary>
public class ConfigurationDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "configuration.md"));

    [Test]
    public void Every_property_the_build_files_read_has_a_row_in_the_property_table()
    {
        var read = BuildFiles()
            .SelectMany(text => Regex.Matches(text, @"\$\(((?:DockerSecurity|EnableDefaultDockerSecurity)\w*)\)").Select(m => m.Groups[1].Value))
            .Distinct()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

        Assert.That(read, Has.Count.GreaterThan(10));
        Assert.That(read.Where(name => !Regex.IsMatch(Page, @"^\| `" + name + "` \\|", RegexOptions.Multiline)), Is.Empty);
    }

    [Test]
    public void Every_item_the_build_files_read_has_a_row_in_the_item_table()
    {
        var read = BuildFiles()
            .SelectMany(text => Regex.Matches(text, @"@\((DockerSecurity\w+)").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.That(read, Is.SupersetOf(new[] { "DockerSecurityDockerfile", "DockerSecurityComposeFile", "DockerSecurityGlobalConfig" }));
        Assert.That(read.Where(name => !Regex.IsMatch(Page, @"^\| `" + name + "` \\|", RegexOptions.Multiline)), Is.Empty);
    }

    [Test]
    public void Targets_set_every_task_parameter()
    {
        var targets = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "build", "DockerSecurity.Build.targets"));
        var call = Regex.Match(targets, @"<DockerSecurityCheck\s[^>]*/>", RegexOptions.Singleline).Value;
        var parameters = Regex.Matches(call, @"(\w+)=""([^""]*)""").Where(m => m.Groups[1].Value != "Condition").ToList();

        var taskParameters = typeof(DockerSecurityCheck).GetProperties()
            .Where(p => p.DeclaringType == typeof(DockerSecurityCheck) && p.CanWrite && p.GetSetMethod() is not null)
            .Select(p => p.Name);
        Assert.That(parameters.Select(m => m.Groups[1].Value), Is.EquivalentTo(taskParameters), "the targets set every task parameter");
    }

    private static string[] BuildFiles() => new[] { "DockerSecurity.Build.props", "DockerSecurity.Build.targets" }
        .Select(name => File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "build", name)))
        .ToArray();
}
