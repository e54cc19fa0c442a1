using System.Diagnostics;
using DockerSecurity.Analysis.Compose;

namespace DockerSecurity.Analysis.Tests.Compose;

[Explicit("timing probe, run by hand")]
public class ComposePerformanceProbe
{
    [Test]
    public void Typical_five_service_file()
    {
        using var files = new ComposeTestFiles();
        var text = "services:\n";
        foreach (var name in new[] { "web", "api", "worker", "db", "cache" })
        {
            text += $"  {name}:\n    image: registry.example.com/{name}:1.2.3\n    user: \"1000:1000\"\n    read_only: true\n    cap_drop: [ALL]\n    security_opt: [\"no-new-privileges:true\"]\n    ports: [\"127.0.0.1:8080:80\"]\n    volumes: [\"./data:/data:ro\", \"cache:/cache\"]\n    tmpfs: [\"/tmp:noexec,nosuid\"]\n    environment:\n      - DB_URL=${{DB_URL:-postgres://db}}\n      - LOG_LEVEL=info\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost\"]\n      interval: 30s\n      timeout: 5s\n      retries: 3\n    deploy:\n      resources:\n        limits: {{cpus: '0.5', memory: 256m, pids: 100}}\n    restart: unless-stopped\n    networks: [back]\n";
        }

        var path = files.Write("compose.yaml", text + "networks:\n  back: {}\nvolumes:\n  cache: {}\n");
        for (var i = 0; i < 200; i++)
        {
            ComposeLoader.Load(new[] { path });
        }

        var watch = Stopwatch.StartNew();
        const int runs = 1000;
        for (var i = 0; i < runs; i++)
        {
            ComposeLoader.Load(new[] { path });
        }

        TestContext.Out.WriteLine($"{watch.Elapsed.TotalMilliseconds / runs:F3} ms per load");
        var yaml = System.IO.File.ReadAllText(path);
        watch.Restart();
        for (var i = 0; i < runs; i++)
        {
            var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(yaml));
            while (parser.MoveNext())
            {
            }
        }

        TestContext.Out.WriteLine($"{watch.Elapsed.TotalMilliseconds / runs:F3} ms per YamlDotNet event pass");
        watch.Restart();
        for (var i = 0; i < runs; i++)
        {
            DockerSecurity.Analysis.Text.SourceFileReader.Read(path);
        }

        TestContext.Out.WriteLine($"{watch.Elapsed.TotalMilliseconds / runs:F3} ms per file read");
        var source = new DockerSecurity.Analysis.Text.SourceFile(path, yaml);
        watch.Restart();
        System.Collections.Generic.IReadOnlyList<ComposeNode?>? docs = null;
        for (var i = 0; i < runs; i++)
        {
            docs = YamlTreeReader.Read(source, new ComposeDocumentContext(path, files.Directory), ComposeLimits.Default, new ComposeDiagnostics());
        }

        TestContext.Out.WriteLine($"{watch.Elapsed.TotalMilliseconds / runs:F3} ms per tree read");
        watch.Restart();
        for (var i = 0; i < runs; i++)
        {
            new ComposeProjectReader(new ComposeDiagnostics()).Read((ComposeMapping)docs![0]!, new[] { path });
        }

        TestContext.Out.WriteLine($"{watch.Elapsed.TotalMilliseconds / runs:F3} ms per typed read");
    }
}
