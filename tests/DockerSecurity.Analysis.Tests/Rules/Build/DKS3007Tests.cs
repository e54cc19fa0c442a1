namespace DockerSecurity.Analysis.Tests.Rules.Build;

public class DKS3007Tests : RuleTest
{
    [Test]
    public void Download_piped_into_a_shell_is_reported_on_the_shell()
    {
        var finding = Dockerfile("""
            FROM python:3.12.8-slim
            RUN curl -LsSf https://astral.sh/uv/install.sh | {|DKS3007:sh|}
            """).ShouldReport().Single("DKS3007");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Message, Is.EqualTo(
                "'curl ... | sh' runs a downloaded script without checking it, so whoever controls the server or the network path decides what the build runs; download it to a file, verify its checksum, then run it"));
            Assert.That(finding.Evidence, Is.EqualTo("curl ... | sh"));
        });
    }

    [Test]
    public void Shells_behind_sudo_options_and_other_pipes() => Dockerfile("""
        FROM debian:12.8-slim
        RUN curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E {|DKS3007:bash|} -
        RUN wget -qO- https://get.docker.com | {|DKS3007:sh|} -s -- --version 27.4
        RUN wget -q -O - https://example.com/install.sh.gz | gunzip | {|DKS3007:/bin/bash|}
        RUN curl -fsSL -o - https://example.com/i.sh | tee /tmp/i.log | {|DKS3007:sh|} -x
        """).ShouldReport();

    [Test]
    public void Interpreters_reading_standard_input() => Dockerfile("""
        FROM python:3.12.8-slim
        RUN curl -sSL https://install.python-poetry.org | {|DKS3007:python3|} -
        RUN curl -sSL https://example.com/setup.pl | {|DKS3007:perl|}
        RUN curl -fsSL https://example.com/setup.js | {|DKS3007:node|}
        RUN curl -fsSL https://example.com/setup.rb | {|DKS3007:ruby|}
        RUN curl -fsSL https://getcomposer.org/installer | {|DKS3007:php|} -- --install-dir=/usr/local/bin
        """).ShouldReport();

    [Test]
    public void Process_and_command_substitutions() => Dockerfile("""
        FROM debian:12.8-slim
        RUN {|DKS3007:bash|} <(curl -fsSL https://example.com/install.sh)
        RUN {|DKS3007:/bin/bash|} -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
        RUN {|DKS3007:sh|} -c "$(wget -qO- https://example.com/install.sh)"
        RUN {|DKS3007:eval|} "$(curl -fsSL https://example.com/env.sh)"
        RUN {|DKS3007:.|} <(curl -fsSL https://example.com/env.sh)
        RUN {|DKS3007:python3|} -c "$(curl -fsSL https://example.com/x.py)"
        """).ShouldReport();

    [Test]
    public void Continuation_lines_heredocs_and_inline_scripts() => Dockerfile("""
        FROM debian:12.8-slim
        RUN set -eux; \
            curl -fsSL \
              https://example.com/install.sh \
              | {|DKS3007:bash|} -s -- -y
        RUN <<EOF
        curl -fsSL https://sh.rustup.rs | {|DKS3007:sh|} -s -- -y
        EOF
        RUN sh -c 'curl -fsSL https://example.com/i.sh | {|DKS3007:sh|}'
        RUN if [ ! -x /usr/local/bin/tool ]; then curl -fsSL https://example.com/i.sh | {|DKS3007:bash|}; fi
        """).ShouldReport();

    [Test]
    public void Guard_downloads_to_files_and_non_shell_consumers() => Dockerfile("""
        FROM debian:12.8-slim
        RUN curl -fsSL https://example.com/node.tar.xz | tar -xJ -C /opt
        RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
        RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \
         && echo "0123456789abcdef  /tmp/install.sh" | sha256sum -c - \
         && sh /tmp/install.sh
        RUN curl -fsSL -O https://example.com/install.sh && bash install.sh
        RUN wget https://example.com/install.sh | sh
        RUN wget -O /tmp/i.sh https://example.com/install.sh && sh /tmp/i.sh
        RUN curl -fsSL https://example.com/data.json | python3 scripts/import.py
        RUN curl -fsSL https://example.com/data.json | python3 -m json.tool
        RUN curl -fsSL https://example.com/data | bash -c 'cat > /tmp/data'
        RUN curl -fsSL https://example.com/data | node -e "process.stdin.pipe(process.stdout)"
        RUN echo "curl https://example.com | sh" && cat install.sh | sh
        RUN VERSION="$(curl -fsSL https://example.com/latest)" && echo "$VERSION"
        """).ShouldNotReport("DKS3007");

    [Test]
    public void Guard_windows_stage() => Dockerfile("""
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        RUN curl -fsSL https://example.com/install.sh | sh
        """).ShouldNotReport("DKS3007");
}
