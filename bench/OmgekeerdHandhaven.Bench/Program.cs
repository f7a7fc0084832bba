using OmgekeerdHandhaven.Bench;

// bench/search.sh drives this: "generate" fills a benchmark database, "measure" runs the query mix and writes the results file;
// bench/booklet.sh: "booklet" renders a casusboekje of N dilemmas as PDF and Word ("booklet-run" is its child process).
return args switch
{
    ["generate", var connection, var count] => await Generate(connection, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["measure", var connection, var baseUrl, var token, var outFile, var count] =>
        await SearchBenchmark.RunAsync(connection, baseUrl, token, outFile, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), Console.Out),
    ["booklet", var count, var outFile] => await BookletBenchmark.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), outFile, Console.Out),
    ["booklet-run", var format, var count] => BookletBenchmark.RunOne(format, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static async Task<int> Generate(string connection, int count)
{
    Console.WriteLine($"{count} dilemma's genereren…");
    var took = await BenchLoader.LoadAsync(connection, count, Console.Out);
    Console.WriteLine($"Klaar in {took.TotalSeconds:F0} s.");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("Gebruik: generate <connectionstring> <aantal> | measure <connectionstring> <basis-url> <token> <uitvoerbestand> <aantal> | booklet <aantal> <uitvoerbestand>");
    return 2;
}
