Console.WriteLine("Hello from a container that DockerSecurity.Build has opinions about.");
