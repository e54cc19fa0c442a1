using System.Linq;
using DockerSecurity.Analysis.Compose;
using static DockerSecurity.Analysis.Tests.Compose.DiagnosticFormat;

namespace DockerSecurity.Analysis.Tests.Compose;

public class ComposeRobustnessTests
{
    [TestCase("", new string[0])]
    [TestCase("# only a comment\n", new string[0])]
    [TestCase("services:\n", new string[0])]
    [TestCase("services:\n  web:\n", new[] { "DKS0003" })]
    [TestCase("services:\n  web: nginx\n", new[] { "DKS0003" })]
    [TestCase("services:\n  ? [a, b]\n  : x\n", new[] { "DKS0002" })]
    [TestCase("services:\n\tweb:\n", new[] { "DKS0002" })]
    [TestCase("{{{{", new[] { "DKS0002" })]
    [TestCase("services:\n  web:\n    image: a\n    ports: 80\n    volumes: {a: b}\n    healthcheck: yes\n    deploy: [x]\n    ulimits: [1]\n    networks: 3\n    environment: 5\n    build: [x]\n    secrets: [[x]]\n    tmpfs: {a: 1}\n    devices: [{}]\n", new[] { "DKS0003", "DKS0003", "DKS0003", "DKS0003", "DKS0003", "DKS0003", "DKS0003", "DKS0003", "DKS0003", "DKS0003", "DKS0003" })]
    [TestCase("include: 3\nservices: {}\n", new[] { "DKS0003" })]
    [TestCase("services:\n  a:\n    extends: {file: 3}\n", new[] { "DKS0003" })]
    public void Odd_input_never_throws_and_reports_what_it_must(string text, string[] ids)
    {
        var result = ComposeTestFiles.LoadText(text, out var files);
        using (files)
        {
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(ids), string.Join("\n", Show(result.Diagnostics)));
        }
    }

    [Test]
    public void Override_tag_in_a_single_file_is_just_the_value()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: a\n    cap_drop: !override [ALL]\n", out var files);
        using (files)
        {
            var web = result.Project.Services["web"];
            Assert.That(web.CapDrop.Single().Value, Is.EqualTo("ALL"));
            Assert.That(web.Node["cap_drop"]!.Tag, Is.Null);
        }
    }

    [Test]
    public void Extending_service_can_reset_what_it_inherits()
    {
        var result = ComposeTestFiles.LoadText("services:\n  base:\n    image: a\n    privileged: true\n  web:\n    extends: base\n    privileged: !reset null\n", out var files);
        using (files)
        {
            Assert.That(result.Project.Services["web"].Privileged, Is.Null);
            Assert.That(result.Project.Services["base"].Privileged!.Value, Is.True);
        }
    }
}
