using System.IO;
using DockerSecurity.Analysis.Reporting;
using DockerSecurity.Testing;

namespace DockerSecurity.Analysis.Tests.Reporting;

/// <summary>
/// Runs Microsoft's SARIF validator on our output (see <see cref="SarifValidator"/>: skipped on a
/// developer machine without the tool, failed under CI=true).
/// </summary>
public class SarifValidatorTests
{
    [Test]
    public void Generated_log_has_no_validation_error_or_warning()
    {
        var folder = Directory.CreateTempSubdirectory("dks-sarif-").FullName;
        try
        {
            var input = Path.Combine(folder, "sample.sarif");
            File.WriteAllBytes(input, SarifWriter.ToUtf8(SarifSample.Log()));

            SarifValidator.Validate(input).AssertValid();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
