using System.Diagnostics;

namespace QuoteExtract.Tests.Cli;

/// <summary>
/// The real <c>quote-extract</c> process, for what only a process shows: its exit code when the output cannot be
/// written, a closed pipe, an output path that is also an input; and the command line as a user meets it (help,
/// mistyped options, shell completion).
/// </summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Line = "{\"id\":\"a\",\"text\":\"Ann Lee said \\\"the plan is dead and the vote is over.\\\"\"}\n";

    private sealed record Result(int ExitCode, string Stdout, string Stderr);

    // Runs the CLI built beside the tests (dotnet quote-extract.dll …), optionally through a shell pipeline.
    private static Result Run(string arguments, string? shellSuffix = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "quote-extract.dll");
        File.Exists(dll).Should().BeTrue("the CLI is built beside the tests");
        var start = shellSuffix is null
            ? new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}")
            : new ProcessStartInfo("bash", ["-c", $"dotnet \"{dll}\" {arguments} {shellSuffix}"]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // (A liveness bound, not a speed test: a hung process must not hang the suite.)
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue("the process ends");
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("parquet")]
    public void An_output_that_is_an_input_is_refused_before_anything_is_opened(string format)
    {
        var input = _temp.Write("a.jsonl", Line);
        var run = Run($"--format {format} \"{input}\" --out \"{input}\"");
        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("is the input");
        File.ReadAllText(input).Should().Be(Line, "the input is untouched");
    }

    [Fact]
    public void An_output_inside_a_folder_being_read_is_refused()
    {
        var folder = Path.GetDirectoryName(_temp.Write("in/a.jsonl", Line))!;
        var output = Path.Combine(folder, "z.jsonl");
        var run = Run($"\"{folder}\" --input-format jsonl --out \"{output}\"");
        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("inside the input folder");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("parquet")]
    public void A_full_disk_is_one_clear_message_and_exit_code_3_without_a_stack_trace(string format)
    {
        if (!File.Exists("/dev/full")) return; // (Linux only: a device that is always full)
        var input = _temp.Write("a.jsonl", Line);
        var run = Run($"--format {format} \"{input}\" --out /dev/full");
        run.ExitCode.Should().Be(3);
        run.Stderr.Should().Contain("cannot write").And.NotContain("Unhandled exception").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("parquet")]
    [InlineData("html")]
    public void An_out_that_cannot_be_created_is_exit_code_3_not_a_failed_document(string format)
    {
        var input = _temp.Write("a.jsonl", Line);
        // (Under a file: no folder can be made there, whoever runs the test, root too.)
        var unwritable = Path.Combine(input, "out");
        var run = Run($"--format {format} \"{input}\" --out \"{unwritable}\"");
        run.ExitCode.Should().Be(3);
        run.Stderr.Should().Contain("cannot write").And.Contain(unwritable).And.NotContain("   at ");
    }

    [Fact]
    public void A_closed_pipe_stops_the_run_with_exit_code_3()
    {
        if (OperatingSystem.IsWindows()) return;
        var input = _temp.Write("big.jsonl", string.Concat(Enumerable.Repeat(Line, 20_000)));
        // PIPESTATUS[0] is the extractor's exit code; head closes the pipe after 100 bytes.
        var run = Run($"\"{input}\"", "| head -c 100 > /dev/null; exit ${PIPESTATUS[0]}");
        run.ExitCode.Should().Be(3);
        run.Stderr.Should().Contain("cannot write the output");
    }

    [Fact]
    public void Output_redirected_to_a_file_goes_after_what_the_file_already_holds()
    {
        if (OperatingSystem.IsWindows()) return;
        var input = _temp.Write("a.jsonl", Line);
        var output = _temp["out.jsonl"];
        // A line, then two runs, into one redirection (a shell script's "{ echo; run; run; } > out").
        var dll = Path.Combine(AppContext.BaseDirectory, "quote-extract.dll");
        var script = $"{{ echo header; dotnet \"{dll}\" \"{input}\"; dotnet \"{dll}\" \"{input}\"; }} > \"{output}\"";
        using (var shell = Process.Start(new ProcessStartInfo("bash", ["-c", script]))!)
            shell.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue("the shell ends"); // (a liveness bound)
        var lines = File.ReadAllLines(output);
        lines.Should().HaveCount(3, "nothing written before is overwritten");
        lines[0].Should().Be("header");
        lines.Skip(1).Should().AllSatisfy(l => l.Should().StartWith("{\"document\":\"a\""));
    }

    [Fact]
    public void Help_into_a_closed_pipe_is_exit_code_3_without_a_stack_trace()
    {
        if (OperatingSystem.IsWindows()) return;
        // (true has closed the pipe long before the runtime has started and writes.)
        var run = Run("--help", "| true; exit ${PIPESTATUS[0]}");
        run.ExitCode.Should().Be(3);
        run.Stderr.Should().Contain("cannot write the output").And.NotContain("Unhandled exception");
    }

    [Fact]
    public void A_folder_is_read_once_however_symbolic_links_loop_back_or_repeat_it()
    {
        if (OperatingSystem.IsWindows()) return;
        var text = _temp.Write("w/a/x.txt", "Ann Lee said \"the plan is dead and the vote is over.\"");
        var root = Path.Combine(_temp.Path, "w");
        Directory.CreateSymbolicLink(Path.Combine(root, "a", "up"), "..");                   // a loop
        Directory.CreateSymbolicLink(Path.Combine(root, "b"), Path.Combine(root, "a"));      // the same folder again
        var run = Run($"\"{root}\"");
        run.ExitCode.Should().Be(0);
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle("one real file, one record")
            .Which.Should().StartWith("{\"document\":\"a/x.txt\"", "the first name of the folder keeps it");
        File.Exists(text).Should().BeTrue();
    }

    [Fact]
    public void An_empty_folder_is_said_not_silently_nothing()
    {
        var empty = Path.Combine(_temp.Path, "empty");
        Directory.CreateDirectory(empty);
        var run = Run($"\"{empty}\"");
        run.ExitCode.Should().Be(1);
        run.Stderr.Should().Contain("no *.txt files");
    }

    [Fact]
    public void An_oversized_document_is_an_error_record_and_the_batch_goes_on()
    {
        var big = _temp.Write("in/a-big.txt", new string('x', 5000));
        _temp.Write("in/b-small.txt", "Ann Lee said \"the plan is dead and the vote is over.\"");
        var lines = _temp.Write("lines.jsonl", "{\"id\":\"long\",\"text\":\"" + new string('y', 5000) + "\"}\n" + Line);
        var run = Run($"\"{Path.GetDirectoryName(big)}\" \"{lines}\" --max-document-size 2K");
        run.ExitCode.Should().Be(1, "two documents failed");
        var records = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        records.Should().HaveCount(4, "every document gets one record");
        records[0].Should().Contain("a-big.txt").And.Contain("--max-document-size");
        records[1].Should().Contain("b-small.txt").And.Contain("\"error\":null");
        records[2].Should().Contain("lines.jsonl:1").And.Contain("--max-document-size");
        records[3].Should().Contain("\"document\":\"a\"").And.Contain("\"error\":null");
    }

    [Fact]
    public void Standard_input_given_twice_is_a_usage_error()
    {
        var run = Run("- -");
        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("standard input");
    }

    [Fact]
    public void A_lone_surrogate_escape_is_valid_json_and_its_record_keeps_its_id()
    {
        var document = QuoteExtract.Cli.InputSource.ParseLine("{\"id\":\"x1\",\"text\":\"a \\ud800 b \\n \\ud83d\\ude00\"}", "f.jsonl", 1);
        document.Name.Should().Be("x1");
        document.Error.Should().BeNull();
        document.Text.Should().Be("a \uFFFD b \n \ud83d\ude00", "a lone surrogate becomes U+FFFD, one character for one; a pair stays");
    }

    [Fact]
    public void A_NUL_byte_anywhere_makes_a_file_binary_not_only_in_its_first_kilobytes()
    {
        var path = Path.Combine(_temp.Path, "late.txt");
        var bytes = System.Text.Encoding.UTF8.GetBytes(new string('a', 20_000) + "\0" + "Ann said so.");
        File.WriteAllBytes(path, bytes);
        var run = Run($"\"{path}\"");
        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("binary file");
    }

    [Theory]
    [InlineData("eval", "quote-extract eval <GOLD_DIR>", "--agreement", "--parallel")]
    [InlineData("checkworthiness", "quote-extract checkworthiness", "--out <DIR>", "--format")]
    [InlineData("extract", "quote-extract extract", "--parallel", "--agreement")]
    public void Every_command_has_its_own_help(string command, string usage, string itsOption, string anotherCommandsOption)
    {
        var run = Run($"{command} --help");
        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain(usage).And.Contain(itsOption).And.NotContain(anotherCommandsOption);
    }

    [Fact]
    public void The_global_help_shows_extracts_options_and_lists_the_commands()
    {
        var run = Run("--help");
        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("--format").And.Contain("--parallel").And.Contain("eval <GOLD_DIR>").And.Contain("checkworthiness");
    }

    [Theory]
    [InlineData("x.txt --formt json", "quote-extract: unknown option '--formt'; did you mean '--format'?")]
    [InlineData("eval gold --limt 3", "quote-extract eval: unknown option '--limt'; did you mean '--limit'?")]
    [InlineData("checkworthiness a.tsv --ot dir", "quote-extract checkworthiness: unknown option '--ot'; did you mean '--out'?")]
    public void A_mistyped_option_is_unknown_with_the_nearest_known_one_and_exit_code_2(string arguments, string message)
    {
        var run = Run(arguments);
        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Split('\n').Should().Contain(message);
    }

    [Fact]
    public void Shell_completion_answers_the_suggest_directive()
    {
        // (What dotnet-suggest asks: the position of the cursor, then the command line.)
        Lines(Run("\"[suggest:10]\" \"x.txt --fo\"")).Should().Equal("--format");
        Lines(Run("\"[suggest:15]\" \"x.txt --format \"")).Should().Equal("html", "json", "jsonl", "parquet", "table");
        Lines(Run("\"[suggest:8]\" \"eval --a\"")).Should().Equal("--agreement", "--attributions");
        Lines(Run("\"[suggest:2]\" \"ch\"")).Should().Equal("checkworthiness");

        static string[] Lines(Result run) => run.ExitCode == 0 ? run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [$"exit code {run.ExitCode}"];
    }

    [Fact]
    public void Html_without_out_writes_the_page_of_the_one_document_to_standard_output()
    {
        var input = _temp.Write("a.txt", "Ann Lee said \"the plan is dead and the vote is over.\"");
        var run = Run($"\"{input}\" --format html");
        run.ExitCode.Should().Be(0);
        run.Stdout.Should().StartWith("<!DOCTYPE html>").And.Contain("Ann Lee").And.EndWith("</html>\n");
    }

    [Fact]
    public void Html_without_out_for_several_documents_is_a_usage_error()
    {
        var a = _temp.Write("a.txt", "Ann Lee said so.");
        var b = _temp.Write("b.txt", "Bob Ray said so.");
        var run = Run($"\"{a}\" \"{b}\" --format html");
        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("--out DIR");
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var run = Run("--version");
        run.ExitCode.Should().Be(0);
        run.Stdout.Should().MatchRegex(@"^\d+\.\d+\.\d+\n$");
    }
}
