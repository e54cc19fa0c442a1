namespace DockerSecurity.Analysis.Tests.Rules.Privileges;

public class DKS2003Tests : RuleTest
{
    [Test]
    public void Sudo_is_reported_on_its_word()
    {
        var finding = Dockerfile("""
            FROM node:20.18.1-bookworm-slim
            USER node
            RUN {|DKS2003:sudo|} npm install -g pm2@5.4.3
            """).ShouldReport().Single("DKS2003");
        Assert.That(finding.Message, Is.EqualTo(
            "'sudo' in RUN means the image carries sudo, so its user can become root again; run this step before USER (build steps run as root until then) and do not install sudo"));
    }

    [Test]
    public void Sudo_on_a_continuation_line_keeps_its_line_and_column() => Dockerfile("""
        FROM debian:12.8-slim
        RUN set -eux; \
            apt-get update; \
            {|DKS2003:sudo|} -E apt-get install -y --no-install-recommends curl && \
              rm -rf /var/lib/apt/lists/*
        """).ShouldReport();

    [Test]
    public void Sudo_in_sh_c_and_bash_c_bodies() => Dockerfile("""
        FROM debian:12.8-slim
        RUN sh -c 'cd /src && {|DKS2003:sudo|} make install'
        RUN bash -c "test -d /opt || {|DKS2003:sudo|} mkdir /opt"
        """).ShouldReport();

    [Test]
    public void Sudo_behind_other_wrappers_and_by_path() => Dockerfile("""
        FROM debian:12.8-slim
        RUN env DEBIAN_FRONTEND=noninteractive {|DKS2003:sudo|} apt-get install -y curl
        RUN find /opt -name '*.sh' | xargs {|DKS2003:sudo|} chmod 755
        RUN {|DKS2003:/usr/bin/sudo|} -u app ./setup.sh
        RUN {|DKS2003:sudo|} -l
        """).ShouldReport();

    [Test]
    public void Sudo_in_compound_commands_subshells_and_heredocs() => Dockerfile("""
        FROM debian:12.8-slim
        RUN if [ -x /usr/bin/sudo ]; then {|DKS2003:sudo|} ./setup.sh; fi
        RUN (cd /src && {|DKS2003:sudo|} make install)
        RUN <<EOF
        set -e
        {|DKS2003:sudo|} ./install.sh
        EOF
        """).ShouldReport();

    [Test]
    public void Sudo_in_exec_form_is_reported_on_its_argument() => Dockerfile("""
        FROM debian:12.8-slim
        RUN [{|DKS2003:"sudo"|}, "apt-get", "update"]
        """).ShouldReport();

    [Test]
    public void Sudo_in_a_builder_stage_is_reported_too() => Dockerfile("""
        FROM debian:12.8-slim AS build
        RUN {|DKS2003:sudo|} make
        FROM debian:12.8-slim
        """).ShouldReport();

    [Test]
    public void Guard_sudo_as_an_argument_or_text() => Dockerfile("""
        FROM debian:12.8-slim
        RUN apt-get install -y --no-install-recommends sudo
        RUN echo "sudo is not used here" && grep sudo /etc/group
        RUN echo 'app ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/app
        RUN command -v sudo
        """).ShouldNotReport("DKS2003");

    [Test]
    public void Guard_privilege_droppers_and_variables() => Dockerfile("""
        FROM debian:12.8-slim
        RUN gosu app ./setup.sh && su-exec app ./setup.sh
        RUN $SUDO apt-get update
        RUN ["gosu", "app", "true"]
        """).ShouldNotReport("DKS2003");

    [Test]
    public void Guard_windows_stage() => Dockerfile("""
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN sudo echo hi
        """).ShouldNotReport("DKS2003");
}
