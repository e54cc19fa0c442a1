namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2007Tests : ComposeEnvironmentTest
{
    [Test]
    public void Missing_cap_drop_is_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS2007:api|}:
                image: ghcr.io/example/orders-api:1.4.2
            """)).ShouldReport().Single("DKS2007");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' keeps Docker's default capabilities; add 'cap_drop: [ALL]' and add back only what it needs"));
    }

    [Test]
    public void Cap_drop_without_all_is_reported_at_the_key()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                {|DKS2007:cap_drop|}:
                  - NET_RAW
                  - MKNOD
            """)).ShouldReport().Single("DKS2007");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'worker' drops only 'NET_RAW', 'MKNOD', so it keeps the rest of Docker's default capabilities; drop ALL and add back only what it needs"));
    }

    [Test]
    public void Empty_cap_drop_is_reported_at_the_key() => Compose(("docker-compose.yml", """
        services:
          worker:
            image: ghcr.io/example/orders-worker:1.4.2
            {|DKS2007:cap_drop|}: []
        """)).ShouldReport();

    [Test]
    public void Blank_entries_are_not_named() => Assert.That(Compose(("docker-compose.yml", """
        services:
          worker:
            image: ghcr.io/example/orders-worker:1.4.2
            {|DKS2007:cap_drop|}: ["", " "]
        """)).ShouldReport().Single("DKS2007").Message, Does.StartWith("Service 'worker' has an empty cap_drop, so it keeps Docker's default capabilities"));

    [TestCase("ALL")]
    [TestCase("all")]
    [TestCase("CAP_ALL")]
    [TestCase("\"${DROP:-ALL}\"")]
    [TestCase("${DROP}")]
    [TestCase("\"${\"")]
    public void Guard_all_in_any_case_and_unknown_entries(string entry) => Compose(("docker-compose.yml", $"""
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            cap_drop:
              - NET_RAW
              - {entry}
        """)).ShouldNotReport("DKS2007");

    [Test]
    public void Guard_override_appends_all() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                cap_drop: [NET_RAW]
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                cap_drop: [ALL]
            """)).ShouldNotReport("DKS2007");

    [Test]
    public void Override_reset_is_reported_at_the_base_service_name() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS2007:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                cap_drop: [ALL]
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                cap_drop: !reset []
            """)).ShouldReport();

    [Test]
    public void Override_that_replaces_the_list_is_reported_where_the_list_was_written() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                cap_drop: [ALL]
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                cap_drop: !override
                  - {|DKS2007:NET_RAW|}
            """)).ShouldReport();

    [Test]
    public void Guard_production_file_drops_all() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                cap_drop:
                  - ALL
            """)).ShouldNotReport("DKS2007");

    [Test]
    public void Production_reset_is_reported_at_the_base_service_name() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              {|DKS2007:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                cap_drop: [ALL]
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                cap_drop: !reset
            """)).ShouldReport();

    [Test]
    public void Guard_a_cap_drop_that_is_not_a_list_is_left_to_DKS0003() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            cap_drop: {|DKS0003:ALL|}
        """)).ShouldReport().ShouldNotReport("DKS2007");
}
