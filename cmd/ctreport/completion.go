package main

import (
	"fmt"
	"io"
	"strings"
)

// writeCompletion prints the completion script of shell, made from the
// same flag lists as the help.
func writeCompletion(w io.Writer, args []string) error {
	if len(args) != 1 {
		return usageError("completion: want one shell: bash, zsh, fish or powershell")
	}
	reportFlags, perRun := runFlags()
	run := append(reportFlags, perRun...)
	var cmds []string
	for _, c := range commands {
		cmds = append(cmds, c.Name)
	}
	switch args[0] {
	case "bash":
		writeBash(w, cmds, run)
	case "zsh":
		fmt.Fprint(w, "#compdef ctreport\n# ctreport completion for zsh: eval \"$(ctreport completion zsh)\"\nautoload -U +X bashcompinit && bashcompinit\n")
		writeBash(w, cmds, run)
	case "fish":
		writeFish(w, commands, run)
	case "powershell":
		writePowerShell(w, cmds, run)
	default:
		s := closest(args[0], []string{"bash", "zsh", "fish", "powershell"})
		if s != "" {
			return usageError("completion: unknown shell %q (did you mean %q?)", args[0], s)
		}
		return usageError("completion: unknown shell %q: want bash, zsh, fish or powershell", args[0])
	}
	return nil
}

func dashed(docs []flagDoc) string {
	var n []string
	for _, d := range docs {
		n = append(n, "--"+d.Name)
	}
	return strings.Join(append(n, "--help"), " ")
}

func writeBash(w io.Writer, cmds []string, run []flagDoc) {
	fmt.Fprintf(w, `# ctreport completion for bash: source <(ctreport completion bash)
_ctreport() {
    local cur prev cmd
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    cmd="${COMP_WORDS[1]}"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W %q -- "$cur"))
        return
    fi
    case "$cmd" in
    run)
        case "$prev" in
`, strings.Join(append(cmds, "--help", "--version"), " "))
	for _, d := range run {
		switch {
		case d.Values != nil:
			fmt.Fprintf(w, "        --%s) COMPREPLY=($(compgen -W %q -- \"$cur\")); return;;\n", d.Name, strings.Join(d.Values, " "))
		case d.Files:
			fmt.Fprintf(w, "        --%s) COMPREPLY=($(compgen -f -- \"$cur\")); return;;\n", d.Name)
		case d.Arg != "":
			fmt.Fprintf(w, "        --%s) return;;\n", d.Name)
		}
	}
	fmt.Fprintf(w, `        esac
        if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W %q -- "$cur"))
        else
            COMPREPLY=($(compgen -f -X '!*.@(csv|xlsx|CSV|XLSX)' -- "$cur") $(compgen -d -- "$cur"))
        fi;;
    synth)
        case "$prev" in
        --out) COMPREPLY=($(compgen -f -- "$cur")); return;;
        --rows|--seed|--start|--end) return;;
        esac
        COMPREPLY=($(compgen -W %q -- "$cur"));;
    completion)
        COMPREPLY=($(compgen -W "bash zsh fish powershell" -- "$cur"));;
    help)
        COMPREPLY=($(compgen -W "run synth" -- "$cur"));;
    esac
}
complete -o filenames -F _ctreport ctreport
`, dashed(run), dashed(synthFlags))
}

func writeFish(w io.Writer, cmds []command, run []flagDoc) {
	fmt.Fprintln(w, "# ctreport completion for fish: ctreport completion fish | source")
	fmt.Fprintln(w, "complete -c ctreport -f")
	for _, c := range cmds {
		fmt.Fprintf(w, "complete -c ctreport -n __fish_use_subcommand -a %s -d %s\n", c.Name, fishQuote(c.Help))
	}
	fmt.Fprintln(w, "complete -c ctreport -n '__fish_seen_subcommand_from run' -F")
	for _, sub := range []struct {
		name  string
		flags []flagDoc
	}{{"run", run}, {"synth", synthFlags}} {
		for _, d := range sub.flags {
			line := fmt.Sprintf("complete -c ctreport -n '__fish_seen_subcommand_from %s' -l %s", sub.name, d.Name)
			switch {
			case d.Values != nil:
				line += " -x -a " + fishQuote(strings.Join(d.Values, " "))
			case d.Files:
				line += " -r -F"
			case d.Arg != "":
				line += " -x"
			}
			fmt.Fprintln(w, line+" -d "+fishQuote(d.Help))
		}
	}
	fmt.Fprintln(w, "complete -c ctreport -n '__fish_seen_subcommand_from completion' -x -a 'bash zsh fish powershell'")
}

func fishQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

func psQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func writePowerShell(w io.Writer, cmds []string, run []flagDoc) {
	list := func(items []string) string {
		q := make([]string, len(items))
		for i, s := range items {
			q[i] = psQuote(s)
		}
		return "@(" + strings.Join(q, ", ") + ")"
	}
	flagsOf := func(docs []flagDoc) []string {
		var n []string
		for _, d := range docs {
			n = append(n, "--"+d.Name)
		}
		return append(n, "--help")
	}
	fmt.Fprintf(w, `# ctreport completion for PowerShell: ctreport completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName ctreport, ctreport.exe -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })
    $commands = %s
    $flags = @{ 'run' = %s; 'synth' = %s; 'completion' = @('bash', 'zsh', 'fish', 'powershell'); 'help' = @('run', 'synth') }
    $values = @{
`, list(cmds), list(flagsOf(run)), list(flagsOf(synthFlags)))
	for _, d := range run {
		if d.Values != nil {
			fmt.Fprintf(w, "        %s = %s\n", psQuote("--"+d.Name), list(d.Values))
		}
	}
	fmt.Fprint(w, `    }
    if ($words.Count -le 1 -or ($words.Count -eq 2 -and $wordToComplete -ne '')) {
        $candidates = $commands
    } else {
        $prev = if ($wordToComplete -ne '') { $words[-2] } else { $words[-1] }
        if ($values.ContainsKey($prev)) { $candidates = $values[$prev] }
        elseif ($flags.ContainsKey($words[1])) { $candidates = $flags[$words[1]] }
        else { return }
    }
    $candidates | Where-Object { $_ -like "$wordToComplete*" } |
        ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
}
`)
}
