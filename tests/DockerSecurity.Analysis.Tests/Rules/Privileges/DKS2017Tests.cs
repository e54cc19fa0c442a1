using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2017Tests : RuleTest
{
    [Test]
    public void Each_device_is_reported_at_its_entry()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              transcoder:
                image: jellyfin/jellyfin:10.10.3
                devices:
                  - {|DKS2017:/dev/nvidia0:/dev/nvidia0|}
                  - {|DKS2017:/dev/ttyUSB0|}
                  - {|DKS2017:"/dev/sda:/dev/xvda:r"|}
                  - source: {|DKS2017:/dev/dri|}
                    target: /dev/dri
                    permissions: rwm
            """)).ShouldReport();
        Assert.That(result.Diagnostics.First(d => d.Id == "DKS2017").Message, Is.EqualTo(
            "Service 'transcoder' maps the host device '/dev/nvidia0', a direct line to its kernel driver; remove it, or request GPUs through deploy.resources.reservations.devices"));
    }

    [Test]
    public void Override_device_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              transcoder:
                image: jellyfin/jellyfin:10.10.3
            """),
        ("docker-compose.override.yml", """
            services:
              transcoder:
                devices: [{|DKS2017:/dev/dri:/dev/dri|}]
            """)).ShouldReport();

    [Test]
    public void Guard_cdi_names_and_gpu_reservations() => Compose(("docker-compose.yml", """
        services:
          transcoder:
            image: jellyfin/jellyfin:10.10.3
            devices:
              - nvidia.com/gpu=all
            deploy:
              resources:
                reservations:
                  devices:
                    - driver: nvidia
                      count: 1
                      capabilities: [gpu]
        """)).ShouldNotReport("DKS2017");
}
