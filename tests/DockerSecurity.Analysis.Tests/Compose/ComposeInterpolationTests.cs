using System.Linq;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Text;
using static DockerSecurity.Analysis.Tests.Compose.DiagnosticFormat;

namespace DockerSecurity.Analysis.Tests.Compose;

public class ComposeInterpolationTests
{
    private static ComposeScalar Image(string value, out ComposeLoadResult result)
    {
        result = ComposeTestFiles.LoadText("services:\n  web:\n    image: " + value + "\n", out var files);
        using (files)
        {
            return result.Project.Services["web"].Image!;
        }
    }

    [TestCase("nginx:1.27.3", ComposeScalarKind.Literal, "nginx:1.27.3")]
    [TestCase("$IMAGE", ComposeScalarKind.Variable, "")]
    [TestCase("${IMAGE}", ComposeScalarKind.Variable, "")]
    [TestCase("${IMAGE:-nginx:1.27}", ComposeScalarKind.Variable, "nginx:1.27")]
    [TestCase("${IMAGE-nginx}", ComposeScalarKind.Variable, "nginx")]
    [TestCase("${IMAGE:?set IMAGE}", ComposeScalarKind.Variable, "")]
    [TestCase("${IMAGE?set IMAGE}", ComposeScalarKind.Variable, "")]
    [TestCase("${IMAGE:+custom}", ComposeScalarKind.Variable, "")]
    [TestCase("${IMAGE+custom}", ComposeScalarKind.Variable, "")]
    [TestCase("${A:-${B:-c}}", ComposeScalarKind.Variable, "c")]
    [TestCase("registry/${NAME}:${TAG:-1.0}", ComposeScalarKind.Interpolated, "registry/:1.0")]
    [TestCase("'cost $$5'", ComposeScalarKind.Literal, "cost $5")]
    [TestCase("$$HOME", ComposeScalarKind.Literal, "$HOME")]
    public void Each_form_has_its_kind_and_effective_value_when_unset(string written, ComposeScalarKind kind, string effective)
    {
        var image = Image(written, out var result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(image.ScalarKind, Is.EqualTo(kind));
            Assert.That(image.Value, Is.EqualTo(effective));
            Assert.That(image.IsLiteral, Is.EqualTo(kind == ComposeScalarKind.Literal));
        });
    }

    [TestCase("${IMAGE:-nginx}", ComposeVariableOperator.DefaultWhenUnsetOrEmpty, "nginx", true)]
    [TestCase("${IMAGE-nginx}", ComposeVariableOperator.DefaultWhenUnset, "nginx", true)]
    [TestCase("${IMAGE:?missing}", ComposeVariableOperator.RequiredNonEmpty, "missing", false)]
    [TestCase("${IMAGE?missing}", ComposeVariableOperator.Required, "missing", false)]
    [TestCase("${IMAGE:+alt}", ComposeVariableOperator.AlternativeWhenNonEmpty, "alt", false)]
    [TestCase("${IMAGE+alt}", ComposeVariableOperator.AlternativeWhenSet, "alt", false)]
    [TestCase("${IMAGE}", ComposeVariableOperator.None, null, false)]
    public void Operator_and_argument_are_known(string written, ComposeVariableOperator op, string? argument, bool hasDefault)
    {
        var variable = Image(written, out _).Variable!;
        Assert.Multiple(() =>
        {
            Assert.That(variable.Name, Is.EqualTo("IMAGE"));
            Assert.That(variable.Operator, Is.EqualTo(op));
            Assert.That(variable.Argument, Is.EqualTo(argument));
            Assert.That(variable.HasDefault, Is.EqualTo(hasDefault));
            Assert.That(variable.Default, Is.EqualTo(hasDefault ? argument : null));
        });
    }

    [Test]
    public void Nested_default_exposes_the_inner_variable_and_the_literal_default()
    {
        var variable = Image("${A:-${B:-c}}", out _).Variable!;
        Assert.Multiple(() =>
        {
            Assert.That(variable.Argument, Is.EqualTo("${B:-c}"));
            Assert.That(variable.ArgumentValue, Is.EqualTo("c"));
            Assert.That(variable.IsArgumentLiteral, Is.False);
            Assert.That(variable.ArgumentVariables.Single().Name, Is.EqualTo("B"));
            Assert.That(variable.ArgumentVariables.Single().Default, Is.EqualTo("c"));
        });
    }

    [Test]
    public void Variable_spans_point_into_the_value()
    {
        // "    image: registry/${NAME}:${TAG:-1.0}" : the value starts at column 12.
        var image = Image("registry/${NAME}:${TAG:-1.0}", out _);
        Assert.Multiple(() =>
        {
            Assert.That(image.Span, Is.EqualTo(new SourceSpan(3, 12, 3, 40)));
            Assert.That(image.Variables[0].Span, Is.EqualTo(new SourceSpan(3, 21, 3, 28)));
            Assert.That(image.Variables[1].Span, Is.EqualTo(new SourceSpan(3, 29, 3, 40)));
            Assert.That(image.Variables[1].ArgumentSpan, Is.EqualTo(new SourceSpan(3, 36, 3, 39)));
        });
    }

    [Test]
    public void Variable_spans_skip_the_quote_of_a_quoted_value()
    {
        var image = Image("\"${TAG:-1.0}\"", out _);
        Assert.Multiple(() =>
        {
            Assert.That(image.Span, Is.EqualTo(new SourceSpan(3, 12, 3, 25)));
            Assert.That(image.Variable!.Span, Is.EqualTo(new SourceSpan(3, 13, 3, 24)));
        });
    }

    [TestCase("$", "'$' is not a valid interpolation: a '$' ends the value; write '$$' for a literal '$'.")]
    [TestCase("cost-$5", "'cost-$5' is not a valid interpolation: '$5' is not a variable reference; write '$$' for a literal '$'.")]
    [TestCase("${}", "'${}' is not a valid interpolation: '${' must be followed by a variable name.")]
    [TestCase("${IMAGE", "'${IMAGE' is not a valid interpolation: '${IMAGE' is not closed by '}'.")]
    [TestCase("${IMAGE:x}", "'${IMAGE:x}' is not a valid interpolation: ':' cannot follow '${IMAGE'; use one of :- - :? ? :+ + or '}'.")]
    [TestCase("${A:-${B}", "'${A:-${B}' is not a valid interpolation: '${A' is not closed by '}'.")]
    [TestCase("${A:-$}", "'${A:-$}' is not a valid interpolation: a '$' ends the value; write '$$' for a literal '$'.")]
    public void Invalid_syntax_is_DKS0003_at_the_value(string written, string message)
    {
        Image(written, out var result);
        Assert.That(Show(result.Diagnostics), Is.EqualTo(new[] { $"DKS0003 (3,12)-(3,{12 + written.Length}) {message}" }));
    }

    [Test]
    public void Keys_are_never_interpolated()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: nginx\n    labels:\n      $weird$key: ok\n", out var files);
        using (files)
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(result.Project.Services["web"].Labels.Single().Name, Is.EqualTo("$weird$key"));
        }
    }

    [Test]
    public void Environment_list_item_value_is_interpolated_on_its_own_with_exact_spans()
    {
        var result = ComposeTestFiles.LoadText("services:\n  web:\n    image: nginx\n    environment:\n      - JWT_SECRET=${JWT_SECRET:-changeme}\n      - PLAIN=literal\n      - FROM_ENV\n", out var files);
        using (files)
        {
            var environment = result.Project.Services["web"].Environment;
            Assert.Multiple(() =>
            {
                Assert.That(environment.Select(e => e.Name), Is.EqualTo(new[] { "JWT_SECRET", "PLAIN", "FROM_ENV" }));
                Assert.That(environment[0].NameOrigin.Span, Is.EqualTo(new SourceSpan(5, 9, 5, 19)));
                Assert.That(environment[0].Value!.Span, Is.EqualTo(new SourceSpan(5, 20, 5, 43)));
                Assert.That(environment[0].Value!.Variable!.Default, Is.EqualTo("changeme"));
                Assert.That(environment[0].Value!.Variable!.ArgumentSpan, Is.EqualTo(new SourceSpan(5, 34, 5, 42)));
                Assert.That(environment[1].Value!.IsLiteral, Is.True);
                Assert.That(environment[1].Value!.Value, Is.EqualTo("literal"));
                Assert.That(environment[2].Value, Is.Null);
            });
        }
    }
}
