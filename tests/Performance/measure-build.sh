#!/usr/bin/env bash
# Measures what DockerSecurity.Build adds to a build, and prints the figures docs/performance.md records:
#  - the DockerSecurityCheck task's own time, from MSBuild's performance summary;
#  - the wall time of no-op rebuilds of the same project with and without the package.
# Usage: tests/Performance/measure-build.sh [rebuilds]   (default 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs="${1:-10}"
work="$(mktemp -d /tmp/dks-perf-XXXXXX)"
version="0.1.0-perf.$(date +%s)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"

dotnet pack src/DockerSecurity.Build -c Release -p:Version="$version" -o "$work/feed" >/dev/null

make_project() { # folder, with-package (true/false)
  mkdir -p "$1"
  cp samples/HelloDocker/Dockerfile samples/HelloDocker/compose.yaml "$1/"
  echo 'System.Console.WriteLine("hi");' > "$1/Program.cs"
  # Every finding as a warning: the task does its full work and the build still succeeds.
  printf 'root = true\n[*]\ndotnet_analyzer_diagnostic.severity = warning\n' > "$1/.editorconfig"
  printf '<Project />\n' > "$1/Directory.Build.props"; printf '<Project />\n' > "$1/Directory.Build.targets"
  cat > "$1/nuget.config" <<XML
<configuration><packageSources><clear /><add key="feed" value="$work/feed" /></packageSources></configuration>
XML
  local reference=""
  [ "$2" = true ] && reference="<ItemGroup><PackageReference Include=\"DockerSecurity.Build\" Version=\"$version\" PrivateAssets=\"all\" /></ItemGroup>"
  cat > "$1/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  $reference
</Project>
XML
  dotnet build "$1" -nodeReuse:false -tl:off -v:q >/dev/null
}

make_project "$work/with" true
make_project "$work/without" false

time_builds() { # folder -> prints one wall time (ms) per no-op rebuild
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    dotnet build "$1" --no-restore -nodeReuse:false -tl:off -v:q >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done
}

# Interleave nothing: each set runs back to back after its own warm-up build above.
with_times=$(time_builds "$work/with")
without_times=$(time_builds "$work/without")

# MSBuild lists the target summary first, then the task summary; both name DockerSecurityCheck.
task_time() {
  dotnet build "$work/with" --no-restore -nodeReuse:false -tl:off -clp:PerformanceSummary -v:n \
    | grep -E '^\s+[0-9]+ ms\s+DockerSecurityCheck\s' | awk '{print $1}' | sed -n 2p
}
noop_task=$(for _ in $(seq "$runs"); do task_time; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
# A build right after an edit: the cache is stale, so the engine loads, compiles (JIT) and checks everything.
edited_task=$(for _ in $(seq "$runs"); do echo "# edit $RANDOM" >> "$work/with/Dockerfile"; task_time; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

python3 - "$runs" "$noop_task" "$edited_task" <<PY
import statistics, sys
runs, noop, edited = sys.argv[1], sys.argv[2], sys.argv[3]
w = [int(x) for x in """$with_times""".split()]
wo = [int(x) for x in """$without_times""".split()]
print(f"no-op rebuilds: {runs} each")
print(f"  with package:    median {statistics.median(w):.0f} ms (min {min(w)}, max {max(w)})")
print(f"  without package: median {statistics.median(wo):.0f} ms (min {min(wo)}, max {max(wo)})")
print(f"  ratio (median):  {statistics.median(w)/statistics.median(wo):.3f}")
print(f"DockerSecurityCheck task time (MSBuild performance summary, median of {runs}):")
print(f"  no-op rebuild (findings replayed from the cache): {noop} ms")
print(f"  rebuild after editing the Dockerfile (full check):  {edited} ms")
PY
[ -n "${KEEP:-}" ] || rm -rf "$work"
