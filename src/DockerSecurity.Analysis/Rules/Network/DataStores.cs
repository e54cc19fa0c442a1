using System;
using DockerSecurity.Analysis.Compose;
using DockerSecurity.Analysis.Images;

namespace DockerSecurity.Analysis.Rules.Network;

/// <summary>
/// Services that are data stores (databases, caches, search engines, message brokers, object
/// stores): recognised by the repository of the image they run, or of the image their built
/// Dockerfile starts from. Documented on the DKS6003 and DKS6006 pages.
/// </summary>
internal static class DataStores
{
    /// <summary>
    /// Product and the repository names that run it. A name without '/' is compared with the last
    /// path segment (<c>postgres</c>, <c>bitnami/postgresql</c>); one with '/' with the end of the
    /// repository path (<c>mcr.microsoft.com/mssql/server</c>). Case-insensitive.
    /// </summary>
    private static readonly (string Product, string[] Names)[] Products =
    {
        ("postgres", new[] { "postgres", "postgresql", "postgresql-repmgr", "postgis", "timescaledb", "timescaledb-ha", "pgvector" }),
        ("mysql", new[] { "mysql", "mysql-server", "percona", "percona-server", "percona-xtradb-cluster" }),
        ("mariadb", new[] { "mariadb", "mariadb-galera" }),
        ("mssql", new[] { "mssql/server", "mssql/rhel/server", "azure-sql-edge" }),
        ("oracle", new[] { "oracle-xe", "oracle-free", "database/enterprise", "database/free", "database/express" }),
        ("mongo", new[] { "mongo", "mongodb", "mongodb-community-server", "mongodb-enterprise-server", "mongodb-sharded" }),
        ("redis", new[] { "redis", "redis-stack", "redis-stack-server", "redis-cluster", "keydb", "dragonfly" }),
        ("valkey", new[] { "valkey", "valkey-cluster" }),
        ("memcached", new[] { "memcached" }),
        ("elasticsearch", new[] { "elasticsearch" }),
        ("opensearch", new[] { "opensearch" }),
        ("cassandra", new[] { "cassandra", "scylla" }),
        ("couchdb", new[] { "couchdb" }),
        ("couchbase", new[] { "couchbase", "couchbase/server" }),
        ("neo4j", new[] { "neo4j" }),
        ("influxdb", new[] { "influxdb" }),
        ("clickhouse", new[] { "clickhouse", "clickhouse-server" }),
        ("cockroachdb", new[] { "cockroach" }),
        ("etcd", new[] { "etcd" }),
        ("zookeeper", new[] { "zookeeper", "cp-zookeeper" }),
        ("kafka", new[] { "kafka", "cp-kafka", "cp-server", "redpanda" }),
        ("rabbitmq", new[] { "rabbitmq" }),
        ("activemq", new[] { "activemq", "activemq-classic", "activemq-artemis" }),
        ("nats", new[] { "nats", "nats-server", "nats-streaming" }),
        ("minio", new[] { "minio" }),
    };

    /// <summary>
    /// The data store product a service runs (<c>postgres</c>), or null. A service that <c>build:</c>s
    /// is judged by its built stage's base image only; one whose image depends on a variable without
    /// a default is not judged.
    /// </summary>
    public static string? Of(ComposeContext context, ComposeService service)
    {
        ImageReference? image = null;
        if (service.Build is not null)
        {
            image = context.BuiltStage(service) is { } stage ? StageLineage.Root(stage).BaseImage : null;
        }
        else if (service.Image is { IsNull: false } scalar && KnownValues.IsKnown(scalar))
        {
            image = ImageReference.Parse(scalar.Value);
        }

        return image is { IsValid: true, HasUnresolvedVariables: false } ? ProductOf(image) : null;
    }

    /// <summary>The data store product of an image (<c>bitnami/postgresql:16</c> is postgres), or null.</summary>
    public static string? ProductOf(ImageReference image)
    {
        var repository = image.Repository ?? "";
        var name = image.Name ?? repository;
        foreach (var (product, names) in Products)
        {
            foreach (var candidate in names)
            {
                if (candidate.IndexOf('/') < 0
                    ? string.Equals(name, candidate, StringComparison.OrdinalIgnoreCase)
                    : string.Equals(repository, candidate, StringComparison.OrdinalIgnoreCase) || repository.EndsWith("/" + candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return product;
                }
            }
        }

        return null;
    }
}
