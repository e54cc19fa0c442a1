using System.Collections.Generic;
using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules;

/// <summary>
/// Microsoft's published .NET sample Dockerfiles (dotnet/dotnet-docker, samples/aspnetapp, samples/dotnetapp
/// and their successors) do the right thing for these rules: multi-stage builds from the SDK, chiseled,
/// distroless, Alpine, Azure Linux and Nano Server runtime images, <c>USER $APP_UID</c>. None of these
/// rules may fire on them. (They float their tags on purpose, so DKS1002 does: that proves the file was analysed.)
/// </summary>
public class MicrosoftSamplesGuardTests : RuleTest
{
    private static readonly string[] QuietRules = { "DKS1004", "DKS1006", "DKS2001", "DKS2002", "DKS3001", "DKS3002", "DKS3003" };

    public static IEnumerable<TestCaseData> Samples()
    {
        yield return new TestCaseData("""
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0 AS build
            ARG TARGETARCH
            WORKDIR /source

            # Copy project file and restore as distinct layers
            COPY --link aspnetapp/*.csproj .
            RUN dotnet restore -a $TARGETARCH

            # Copy source code and publish app
            COPY --link aspnetapp/. .
            RUN dotnet publish -a $TARGETARCH --no-restore -o /app


            # Runtime stage
            FROM mcr.microsoft.com/dotnet/aspnet:9.0
            EXPOSE 8080
            WORKDIR /app
            COPY --link --from=build /app .
            USER $APP_UID
            ENTRYPOINT ["./aspnetapp"]
            """).SetName("aspnetapp/Dockerfile (Debian)");

        yield return new TestCaseData("""
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-noble AS build
            ARG TARGETARCH
            WORKDIR /source

            # Copy project file and restore as distinct layers
            COPY --link aspnetapp/*.csproj .
            RUN dotnet restore -a $TARGETARCH

            # Copy source code and publish app
            COPY --link aspnetapp/. .
            RUN dotnet publish -a $TARGETARCH --no-restore -o /app


            # Runtime stage
            FROM mcr.microsoft.com/dotnet/aspnet:9.0-noble-chiseled
            EXPOSE 8080
            WORKDIR /app
            COPY --link --from=build /app .
            ENTRYPOINT ["./aspnetapp"]
            """).SetName("aspnetapp/Dockerfile.chiseled (no USER: chiseled runs as app)");

        yield return new TestCaseData("""
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build
            ARG TARGETARCH
            WORKDIR /source

            # Copy project file and restore as distinct layers
            COPY --link aspnetapp/*.csproj .
            RUN dotnet restore -a $TARGETARCH

            # Copy source code and publish app
            COPY --link aspnetapp/. .
            RUN dotnet publish --no-restore -a $TARGETARCH -o /app


            # Enable globalization and time zones:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/enable-globalization.md
            # Runtime stage
            FROM mcr.microsoft.com/dotnet/aspnet:9.0-alpine
            EXPOSE 8080
            WORKDIR /app
            COPY --link --from=build /app .
            USER $APP_UID
            ENTRYPOINT ["./aspnetapp"]
            """).SetName("aspnetapp/Dockerfile.alpine");

        yield return new TestCaseData("""
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build
            ARG TARGETARCH
            WORKDIR /source

            # Copy project file and restore as distinct layers
            COPY --link AspNetCoreRazorApp/*.csproj .
            RUN dotnet restore -a $TARGETARCH

            # Copy source code and publish app
            COPY --link AspNetCoreRazorApp/. .
            RUN dotnet publish -a $TARGETARCH --no-restore -o /app


            # Enable globalization and time zones:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/enable-globalization.md
            # Runtime stage
            FROM mcr.microsoft.com/dotnet/aspnet:10.0-alpine
            EXPOSE 8080

            ENV \
                DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
                LC_ALL=en_US.UTF-8 \
                LANG=en_US.UTF-8
            RUN apk add --no-cache \
                icu-data-full \
                icu-libs

            WORKDIR /app
            COPY --link --from=build /app .
            USER $APP_UID
            ENTRYPOINT ["./AspNetCoreRazorApp"]
            """).SetName("AspNetCoreRazorApp/Dockerfile.alpine-icu (apk add --no-cache)");

        yield return new TestCaseData("""
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-azurelinux3.0 AS build
            ARG TARGETARCH
            WORKDIR /source

            # Copy project file and restore as distinct layers
            COPY --link aspnetapp/*.csproj .
            RUN dotnet restore -a $TARGETARCH

            # Copy source code and publish app
            COPY --link aspnetapp/. .
            RUN dotnet publish -a $TARGETARCH --no-restore -o /app


            # Runtime stage
            FROM mcr.microsoft.com/dotnet/aspnet:9.0-azurelinux3.0-distroless
            EXPOSE 8080
            WORKDIR /app
            COPY --link --from=build /app .
            USER $APP_UID
            ENTRYPOINT ["./aspnetapp"]
            """).SetName("aspnetapp/Dockerfile.azurelinux-distroless");

        yield return new TestCaseData("""
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-azurelinux3.0 AS build
            ARG TARGETARCH
            WORKDIR /source

            # Copy project file and restore as distinct layers
            COPY --link *.csproj .
            RUN dotnet restore -a $TARGETARCH

            # Copy source code and publish app
            COPY --link . .
            RUN dotnet publish -a $TARGETARCH --no-restore -o /app


            # Runtime stage
            FROM mcr.microsoft.com/dotnet/runtime:10.0-azurelinux3.0
            WORKDIR /app
            COPY --link --from=build /app .
            USER $APP_UID
            ENTRYPOINT ["./dotnetapp"]
            """).SetName("dotnetapp/Dockerfile.azurelinux");

        yield return new TestCaseData("""
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-noble AS build
            ARG TARGETARCH
            WORKDIR /source

            # Copy project file and restore as distinct layers
            COPY --link *.csproj .
            RUN dotnet restore -a $TARGETARCH

            # Copy source code and publish app
            COPY --link . .
            RUN dotnet publish -a $TARGETARCH -o /app


            # Runtime stage
            FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled-extra

            # Enable globalization
            ENV \
                DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
                # https://www.gnu.org/software/gettext/manual/html_node/Locale-Environment-Variables.html
                LC_ALL=en_US.UTF-8 \
                LANG=en_US.UTF-8

            WORKDIR /app
            COPY --link --from=build /app .
            USER $APP_UID
            ENTRYPOINT ["./ConsoleAppWithGlobalization"]
            """).SetName("ConsoleAppWithGlobalization/Dockerfile.ubuntu-chiseled (self-contained on runtime-deps)");

        yield return new TestCaseData("""
            # syntax=docker/dockerfile:1
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM mcr.microsoft.com/dotnet/sdk:9.0-alpine-aot AS build
            WORKDIR /source

            # Build the app
            COPY --link . .
            RUN --mount=type=cache,target=/root/.nuget \
                --mount=type=cache,target=/source/bin \
                --mount=type=cache,target=/source/obj \
                dotnet publish -o /app AspNetCoreNativeAot.csproj \
                    && rm /app/*.dbg /app/*.Development.json

            # Final stage/image
            FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-alpine
            WORKDIR /app
            COPY --link --from=build /app .
            USER $APP_UID
            ENTRYPOINT ["./AspNetCoreNativeAot"]
            """).SetName("AspNetCoreNativeAot/Dockerfile.alpine (native AOT, cache mounts)");

        yield return new TestCaseData("""
            # escape=`
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            FROM mcr.microsoft.com/dotnet/sdk:9.0-nanoserver-ltsc2022 AS build
            WORKDIR /source

            # Copy project file and restore as distinct layers
            COPY --link aspnetapp/*.csproj .
            RUN dotnet restore

            # Copy source code and publish app
            COPY --link aspnetapp/. .
            RUN dotnet publish --no-restore -o /app


            # Runtime stage
            FROM mcr.microsoft.com/dotnet/aspnet:9.0-nanoserver-ltsc2022
            EXPOSE 8080
            WORKDIR /app
            COPY --link --from=build /app .
            HEALTHCHECK CMD curl -sf --show-error http://localhost:8080/healthz || exit 1

            ENTRYPOINT ["aspnetapp"]
            """).SetName("aspnetapp/Dockerfile.nanoserver (Windows, runs as ContainerUser)");

        yield return new TestCaseData("""
            # escape=`
            # Learn about building .NET container images:
            # https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
            ARG TAG=ltsc2022
            FROM mcr.microsoft.com/dotnet/sdk:9.0-nanoserver-$TAG AS build
            WORKDIR /source

            # copy csproj and restore as distinct layers
            COPY *.csproj .
            RUN dotnet restore --ucr

            # copy and publish app and libraries
            COPY . .
            RUN dotnet publish --ucr --no-restore -o /app

            # final stage/image
            FROM mcr.microsoft.com/dotnet/runtime:9.0-nanoserver-$TAG
            WORKDIR /app
            COPY --from=build /app .
            USER ContainerUser
            ENTRYPOINT ["dotnetapp"]
            """).SetName("dotnetapp/Dockerfile.nanoserver (ARG TAG substituted)");

        yield return new TestCaseData("""
            # https://hub.docker.com/_/microsoft-dotnet
            FROM mcr.microsoft.com/dotnet/sdk:8.0-jammy AS build
            WORKDIR /source

            # copy csproj and restore as distinct layers
            COPY *.csproj .
            RUN dotnet restore --use-current-runtime

            # copy and publish app and libraries
            COPY . .
            RUN dotnet publish -c Release -o /app --use-current-runtime --self-contained false --no-restore

            # final stage/image
            FROM mcr.microsoft.com/dotnet/runtime:8.0-jammy-chiseled
            WORKDIR /app
            COPY --from=build /app .
            ENTRYPOINT ["dotnet", "dotnetapp.dll"]
            """).SetName("dotnetapp/Dockerfile.chiseled (8.0, jammy)");

        yield return new TestCaseData("""
            FROM mcr.microsoft.com/dotnet/aspnet:9.0 AS base
            USER $APP_UID
            WORKDIR /app
            EXPOSE 8080
            EXPOSE 8081

            FROM mcr.microsoft.com/dotnet/sdk:9.0 AS build
            ARG BUILD_CONFIGURATION=Release
            WORKDIR /src
            COPY ["WebApi/WebApi.csproj", "WebApi/"]
            RUN dotnet restore "./WebApi/WebApi.csproj"
            COPY . .
            WORKDIR "/src/WebApi"
            RUN dotnet build "./WebApi.csproj" -c $BUILD_CONFIGURATION -o /app/build

            FROM build AS publish
            ARG BUILD_CONFIGURATION=Release
            RUN dotnet publish "./WebApi.csproj" -c $BUILD_CONFIGURATION -o /app/publish /p:UseAppHost=false

            FROM base AS final
            WORKDIR /app
            COPY --from=publish /app/publish .
            ENTRYPOINT ["dotnet", "WebApi.dll"]
            """).SetName("Visual Studio's generated Dockerfile (base/build/publish/final)");
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_is_quiet(string dockerfile)
    {
        var result = Dockerfile(dockerfile).ShouldNotReport(QuietRules);
        Assert.That(result.Diagnostics.Select(d => d.Id), Has.Member("DKS1002").And.No.Member("DKS0001").And.No.Member("DKS0000"));
    }
}
