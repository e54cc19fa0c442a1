using DockerSecurity.Analysis.Dockerfiles;
using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Privileges;

/// <summary>Who a stage's processes run as, as far as the Dockerfile and the base image tell.</summary>
internal enum StageUser
{
    /// <summary>A non-root USER, a USER the build cannot resolve, or a base image known to default to non-root.</summary>
    NotRoot,

    /// <summary>No USER in effect and the base image is not known to default to a non-root user.</summary>
    ImageDefault,

    /// <summary>The USER in effect is root (<c>root</c>, <c>0</c>, with or without a group).</summary>
    Root,
}

internal static class StageUsers
{
    public static StageUser Of(Stage stage, ImageTraits traits)
    {
        if (stage.EffectiveUser is null || stage.EffectiveUserName is null)
        {
            return traits.RunsAsNonRoot ? StageUser.NotRoot : StageUser.ImageDefault;
        }

        return UserNames.IsRoot(stage.EffectiveUserName) && stage.EffectiveUser.Arguments.Count > 0 ? StageUser.Root : StageUser.NotRoot;
    }
}
