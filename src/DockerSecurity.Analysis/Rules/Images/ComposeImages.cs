using System.Collections.Generic;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Images;

/// <summary>The images compose pulls: <c>image:</c> of services that do not <c>build:</c> it.</summary>
internal static class ComposeImages
{
    /// <summary>
    /// Each pulled image with the scalar that names it, when <see cref="KnownValues.IsKnown"/>
    /// (then the defaults are what an unset environment pulls).
    /// </summary>
    public static IEnumerable<(ComposeService Service, ImageReference Image, ComposeScalar Scalar)> Pulled(ComposeContext context)
    {
        foreach (var service in context.Project.Services.Values)
        {
            if (service.Build is not null || service.Image is not { IsNull: false } scalar || !KnownValues.IsKnown(scalar))
            {
                continue;
            }

            var image = ImageReference.Parse(scalar.Value);
            if (image.IsValid && !image.IsScratch && !image.HasUnresolvedVariables)
            {
                yield return (service, image, scalar);
            }
        }
    }
}
