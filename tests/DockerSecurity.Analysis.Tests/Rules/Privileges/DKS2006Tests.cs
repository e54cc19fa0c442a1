namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2006Tests : ComposeEnvironmentTest
{
    [Test]
    public void Missing_security_opt_is_reported_at_the_service_name()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              {|DKS2006:api|}:
                image: ghcr.io/example/orders-api:1.4.2
            """)).ShouldReport().Single("DKS2006");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' does not set 'no-new-privileges' in security_opt, so setuid binaries can raise its privileges; add 'no-new-privileges:true'"));
    }

    [Test]
    public void Security_opt_without_the_option_is_reported_at_the_key()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                {|DKS2006:security_opt|}:
                  - apparmor=orders-api
            """)).ShouldReport().Single("DKS2006");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'api' has security_opt without 'no-new-privileges', so setuid binaries can raise its privileges; add 'no-new-privileges:true'"));
    }

    [Test]
    public void False_is_reported_at_the_entry()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              worker:
                image: ghcr.io/example/orders-worker:1.4.2
                security_opt:
                  - {|DKS2006:no-new-privileges:false|}
            """)).ShouldReport().Single("DKS2006");
        Assert.That(finding.Message, Is.EqualTo(
            "Service 'worker' turns 'no-new-privileges' off, so setuid binaries can raise its privileges; use 'no-new-privileges:true'"));
    }

    [Test]
    public void Other_false_and_invalid_spellings_are_reported_at_the_entry() => Compose(("docker-compose.yml", """
        services:
          a:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt: [{|DKS2006:"no-new-privileges=0"|}]
          b:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt:
              - {|DKS2006:no-new-privileges=yes|}
          c:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt:
              - {|DKS2006:"${NNP:-no-new-privileges:false}"|}
        """)).ShouldReport();

    [TestCase("no-new-privileges")]
    [TestCase("no-new-privileges:true")]
    [TestCase("no-new-privileges=true")]
    [TestCase("\"no-new-privileges=1\"")]
    [TestCase("no-new-privileges:True")]
    [TestCase("${SECURITY_OPT}")]
    public void Guard_accepted_spellings_and_unknown_entries(string entry) => Compose(("docker-compose.yml", $"""
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt:
              - {entry}
        """)).ShouldNotReport("DKS2006");

    [Test]
    public void Guard_the_last_entry_decides() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt:
                  - no-new-privileges:false
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                security_opt:
                  - no-new-privileges:true
            """)).ShouldNotReport("DKS2006");

    [Test]
    public void Override_that_turns_it_off_is_reported_in_the_override() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt:
                  - no-new-privileges:true
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                security_opt:
                  - {|DKS2006:no-new-privileges:false|}
            """)).ShouldReport();

    [Test]
    public void Guard_override_adds_the_option() => Compose(
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                security_opt:
                  - no-new-privileges:true
            """)).ShouldNotReport("DKS2006");

    [Test]
    public void Override_reset_is_reported_at_the_base_service_name() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS2006:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt:
                  - no-new-privileges:true
            """),
        ("docker-compose.override.yml", """
            services:
              api:
                security_opt: !reset []
            """)).ShouldReport();

    [Test]
    public void Guard_production_file_adds_the_option() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              api:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                security_opt:
                  - no-new-privileges:true
            """)).ShouldNotReport("DKS2006");

    [Test]
    public void Base_file_alone_is_still_checked_when_only_production_adds_the_option() => Compose(
        ("docker-compose.yml", """
            services:
              {|DKS2006:api|}:
                image: ghcr.io/example/orders-api:1.4.2
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                security_opt:
                  - no-new-privileges:true
            """)).ShouldReport();

    [Test]
    public void Production_reset_is_reported_at_the_base_service_name() => ComposeEnvironment(
        "prod",
        ("docker-compose.yml", """
            services:
              {|DKS2006:api|}:
                image: ghcr.io/example/orders-api:1.4.2
                security_opt:
                  - no-new-privileges:true
            """),
        ("docker-compose.prod.yml", """
            services:
              api:
                security_opt: !reset null
            """)).ShouldReport();

    [Test]
    public void Guard_a_security_opt_that_is_not_a_list_is_left_to_DKS0003() => Compose(("docker-compose.yml", """
        services:
          api:
            image: ghcr.io/example/orders-api:1.4.2
            security_opt: {|DKS0003:no-new-privileges:true|}
        """)).ShouldReport().ShouldNotReport("DKS2006", "DKS2020");
}
