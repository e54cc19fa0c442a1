using System.Linq;
using DockerSecurity.Analysis.Reporting;

namespace DockerSecurity.Analysis.Tests.Rules.Network;

public class DKS6001Tests : RuleTest
{
    [Test]
    public void Expose_22_is_reported_at_the_port()
    {
        var finding = Dockerfile("""
            FROM debian:bookworm-20241202-slim
            EXPOSE 8080 {|DKS6001:22|}
            """).ShouldReport().Single("DKS6001");
        Assert.That(finding.Message, Is.EqualTo("EXPOSE '22' advertises the SSH port 22; remove it and use 'docker exec' for shell access"));
    }

    [Test]
    public void Port_forms_and_variables()
    {
        var result = Dockerfile("""
            FROM debian:bookworm-20241202-slim
            ARG ADMIN_PORT=22
            EXPOSE {|DKS6001:22/tcp|} {|DKS6001:20-25|} {|DKS6001:${SSH_PORT:-22}|} {|DKS6001:$ADMIN_PORT|}
            """).ShouldReport();
        Assert.That(result.Diagnostics, Has.Some.Matches<Diagnostic>(d => d.Message == "EXPOSE '${SSH_PORT:-22}' ('22') advertises the SSH port 22; remove it and use 'docker exec' for shell access"));
    }

    [Test]
    public void Ssh_server_install_is_reported_at_the_package()
    {
        var finding = Dockerfile("""
            FROM debian:bookworm-20241202-slim
            RUN apt-get update \
                && apt-get install -y --no-install-recommends curl {|DKS6001:openssh-server|} \
                && rm -rf /var/lib/apt/lists/*
            """).ShouldReport().Single("DKS6001");
        Assert.That(finding.Message, Is.EqualTo("'openssh-server' installs an SSH server in the final image, a way in that bypasses the container's isolation; remove it and use 'docker exec' for shell access"));
    }

    [TestCase("RUN apk add --no-cache {|DKS6001:openssh|}")]
    [TestCase("RUN apk add --no-cache --virtual .ssh {|DKS6001:openssh-server|}")]
    [TestCase("RUN apt-get install -y {|DKS6001:openssh-server=1:9.2p1-2+deb12u3|}")]
    [TestCase("RUN apt-get install -y {|DKS6001:ssh|}")]
    [TestCase("RUN yum install -y {|DKS6001:openssh-server|} && yum clean all")]
    [TestCase("RUN dnf -y install {|DKS6001:openssh-server-8.7p1|}")]
    [TestCase("RUN microdnf install {|DKS6001:dropbear|}")]
    [TestCase("RUN zypper --non-interactive in {|DKS6001:openssh|}")]
    [TestCase("RUN sudo apt-get install -y {|DKS6001:dropbear|}")]
    [TestCase("RUN sh -c 'apk add {|DKS6001:openssh-server|}'")]
    [TestCase("RUN <<EOF\nset -e\napk add --no-cache {|DKS6001:dropbear|}\nEOF")]
    public void Package_managers(string run) => Dockerfile($"""
        FROM alpine:3.20.3
        {run}
        """).ShouldReport();

    [Test]
    public void Stage_the_final_stage_is_built_from_counts() => Dockerfile("""
        FROM alpine:3.20.3 AS base
        RUN apk add --no-cache {|DKS6001:openssh|}
        EXPOSE {|DKS6001:22|}
        FROM base
        """).ShouldReport();

    [Test]
    public void Windows_stage_expose_and_openssh_capability_are_reported() => Dockerfile("""
        # escape=`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN powershell -Command Add-WindowsCapability -Online -Name {|DKS6001:OpenSSH.Server|}~~~~0.0.1.0
        EXPOSE {|DKS6001:22|}
        """).ShouldReport();

    [TestCase("EXPOSE 2222")]
    [TestCase("EXPOSE 22/udp")]
    [TestCase("EXPOSE 80 443")]
    [TestCase("EXPOSE 1000-2000")]
    [TestCase("EXPOSE $PORT")]
    [TestCase("RUN apt-get install -y openssh-client git")]
    [TestCase("RUN apk add --no-cache openssh-client openssh-keygen")]
    [TestCase("RUN apt-get remove -y openssh-server")]
    [TestCase("RUN apt-cache show openssh-server")]
    [TestCase("RUN echo openssh-server")]
    public void Guard_clients_and_other_ports(string instruction) => Dockerfile($"""
        FROM debian:bookworm-20241202-slim
        {instruction}
        """).ShouldNotReport("DKS6001");

    [Test]
    public void Guard_windows_openssh_client() => Dockerfile("""
        # escape=`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN powershell -Command Add-WindowsCapability -Online -Name OpenSSH.Client~~~~0.0.1.0
        """).ShouldNotReport("DKS6001");

    [Test]
    public void Guard_builder_stages() => Dockerfile("""
        FROM alpine:3.20.3 AS build
        RUN apk add --no-cache openssh
        EXPOSE 22
        FROM alpine:3.20.3
        COPY --from=build /etc/ssh/ssh_known_hosts /etc/ssh/
        """).ShouldNotReport("DKS6001");
}

public class DKS6001ComposeTests : RuleTest
{
    [Test]
    public void Published_port_22_is_reported_at_the_entry()
    {
        var finding = Compose(("docker-compose.yml", """
            services:
              api:
                image: myorg/api:1.4.2
                ports:
                  - "8080:8080"
                  - {|DKS6001:"2222:22"|}
            """)).ShouldReport().Single("DKS6001");
        Assert.That(finding.Message, Is.EqualTo("Service 'api' publishes the SSH port 22 (as host port 2222); remove it and use 'docker exec' for shell access"));
    }

    [Test]
    public void Short_long_and_range_forms()
    {
        var result = Compose(("compose.yaml", """
            services:
              a:
                image: myorg/a:1.0.0
                ports:
                  - {|DKS6001:"22"|}
                  - {|DKS6001:127.0.0.1:8020-8030:20-30|}
              b:
                image: myorg/b:1.0.0
                ports:
                  - {|DKS6001:target: 22
                    published: "2200"
                    protocol: tcp|}
            """)).ShouldReport();
        Assert.That(result.Diagnostics.Where(d => d.Id == "DKS6001").Select(d => d.Message), Is.EquivalentTo(new[]
        {
            "Service 'a' publishes the SSH port 22 (on a random host port); remove it and use 'docker exec' for shell access",
            "Service 'a' publishes the SSH port 22 (as host port 8022); remove it and use 'docker exec' for shell access",
            "Service 'b' publishes the SSH port 22 (as host port 2200); remove it and use 'docker exec' for shell access",
        }));
    }

    [Test]
    public void Guard_other_ports_udp_and_host_port_22_to_another_port() => Compose(("compose.yaml", """
        services:
          a:
            image: myorg/a:1.0.0
            ports:
              - "22:8080"
              - "2222:2222"
              - "22:22/udp"
            expose:
              - "8080"
        """)).ShouldNotReport("DKS6001");
}
