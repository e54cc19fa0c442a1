// Each consumer build already keeps both cores busy part of the time; two at once fills the gaps.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
