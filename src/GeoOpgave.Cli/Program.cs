using GeoOpgave.Cli;

return await GeoOpgaveCli.RunAsync(args);
