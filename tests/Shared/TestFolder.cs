using System.IO;

namespace DockerSecurity.Testing;

/// <summary>Fresh folders under the system temp folder, one per call; never inside the repository, so its build files do not apply.</summary>
public static class TestFolder
{
    public static string Create(string prefix = "dks-test-") => Directory.CreateTempSubdirectory(prefix).FullName;
}
