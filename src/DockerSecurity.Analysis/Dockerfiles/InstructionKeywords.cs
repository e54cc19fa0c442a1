namespace DockerSecurity.Analysis.Dockerfiles;

/// <summary>The instruction keywords Docker's parser dispatches on.</summary>
public static class InstructionKeywords
{
    public const string Add = "ADD";
    public const string Arg = "ARG";
    public const string Cmd = "CMD";
    public const string Copy = "COPY";
    public const string Entrypoint = "ENTRYPOINT";
    public const string Env = "ENV";
    public const string Expose = "EXPOSE";
    public const string From = "FROM";
    public const string Healthcheck = "HEALTHCHECK";
    public const string Label = "LABEL";
    public const string Maintainer = "MAINTAINER";
    public const string Onbuild = "ONBUILD";
    public const string Run = "RUN";
    public const string Shell = "SHELL";
    public const string StopSignal = "STOPSIGNAL";
    public const string User = "USER";
    public const string Volume = "VOLUME";
    public const string Workdir = "WORKDIR";

    public static bool IsKnown(string keyword)
    {
        switch (keyword.ToUpperInvariant())
        {
            case Add:
            case Arg:
            case Cmd:
            case Copy:
            case Entrypoint:
            case Env:
            case Expose:
            case From:
            case Healthcheck:
            case Label:
            case Maintainer:
            case Onbuild:
            case Run:
            case Shell:
            case StopSignal:
            case User:
            case Volume:
            case Workdir:
                return true;
            default:
                return false;
        }
    }
}
