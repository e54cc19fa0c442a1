using System.Linq;

namespace DockerSecurity.Analysis.Tests.Rules.Network;

public class DKS6003Tests : RuleTest
{
    [Test]
    public void Data_store_ports_are_reported_at_each_entry()
    {
        var result = Compose(("docker-compose.yml", """
            services:
              db:
                image: postgres:16.6-alpine
                ports:
                  - {|DKS6003:"5432:5432"|}
              cache:
                image: redis:7.4.1-alpine
                ports:
                  - {|DKS6003:"10.0.0.5:6379:6379"|}
                  - target: 6380
                    published: {|DKS6003:"6380"|}
                    host_ip: 0.0.0.0
            """)).ShouldReport();
        Assert.That(result.Diagnostics.First(d => d.Id == "DKS6003").Message, Is.EqualTo(
            "Data store 'db' (postgres) publishes port 5432; the other services reach it over the compose network, so use 'expose' instead (or bind it to 127.0.0.1 for local tools)"));
    }

    [TestCase("mcr.microsoft.com/mssql/server:2022-CU16-ubuntu-22.04", "mssql")]
    [TestCase("bitnami/postgresql:16.6.0", "postgres")]
    [TestCase("docker.elastic.co/elasticsearch/elasticsearch:8.16.1", "elasticsearch")]
    [TestCase("opensearchproject/opensearch:2.18.0", "opensearch")]
    [TestCase("mongo:8.0.4", "mongo")]
    [TestCase("valkey/valkey:8.0.1", "valkey")]
    [TestCase("rabbitmq:4.0.4-management-alpine", "rabbitmq")]
    [TestCase("clickhouse/clickhouse-server:24.11.1", "clickhouse")]
    [TestCase("quay.io/minio/minio:RELEASE.2024-11-07T00-52-20Z", "minio")]
    [TestCase("confluentinc/cp-kafka:7.8.0", "kafka")]
    [TestCase("mariadb:11.6.2", "mariadb")]
    public void Data_stores_are_recognised_by_repository(string image, string product)
    {
        var finding = Compose(("compose.yaml", $$"""
            services:
              store:
                image: {{image}}
                ports:
                  - "1234:1234"
            """)).Single("DKS6003");
        Assert.That(finding.Message, Does.StartWith($"Data store 'store' ({product}) publishes port 1234;"));
    }

    [Test]
    public void Built_from_a_data_store_image() => Compose(
        ("compose.yaml", """
            services:
              db:
                build: ./db
                ports:
                  - {|DKS6003:"5432:5432"|}
            """),
        ("db/Dockerfile", """
            FROM postgres:16.6-alpine AS base
            FROM base
            COPY init.sql /docker-entrypoint-initdb.d/
            """)).ShouldReport();

    [Test]
    public void Port_published_by_a_production_overlay_is_reported_there() => Compose(
        ("docker-compose.yml", """
            services:
              db:
                image: postgres:16.6-alpine
                expose:
                  - "5432"
            """),
        ("docker-compose.prod.yml", """
            services:
              db:
                ports:
                  - {|DKS6003:"5432:5432"|}
            """)).ShouldReport();

    [Test]
    public void Guard_loopback_expose_reset_and_non_data_stores() => Compose(
        ("docker-compose.yml", """
            services:
              db:
                image: postgres:16.6-alpine
                expose:
                  - "5432"
                ports:
                  - "0.0.0.0:5432:5432"
              cache:
                image: redis:7.4.1-alpine
                ports:
                  - "127.0.0.1:6379:6379"
                  - "[::1]:6380:6379"
              exporter:
                image: oliver006/redis_exporter:v1.66.0
                ports:
                  - "9121:9121"
              api:
                build: ./api
                image: postgres-api
                ports:
                  - "8080:8080"
            """),
        ("docker-compose.override.yml", """
            services:
              db:
                ports: !reset []
            """),
        ("api/Dockerfile", "FROM python:3.11.7-slim\n")).ShouldNotReport("DKS6003");
}
