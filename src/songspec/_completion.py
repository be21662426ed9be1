"""Shell completion scripts for the CLI, written from its argparse parser and the vendor registry, so
they cannot drift from the commands: `songspec completion bash|zsh|fish`."""

from __future__ import annotations

import argparse
from typing import Any

SHELLS = ("bash", "zsh", "fish")


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """command -> its long and short options."""
    found: dict[str, list[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            choices: dict[str, Any] = action.choices
            for name, sub in choices.items():
                found[name] = sorted(o for a in sub._actions for o in a.option_strings)
    return found


def script(shell: str, parser: argparse.ArgumentParser, vendors: list[str]) -> str:
    commands = _subcommands(parser)
    globals_ = sorted(o for a in parser._actions for o in a.option_strings)
    if shell == "fish":
        lines = [f"complete -c songspec -f -n __fish_use_subcommand -a '{' '.join(commands)}'"]
        lines += [
            f"complete -c songspec -f -n __fish_use_subcommand -l {o[2:]}" for o in globals_ if o.startswith("--")
        ]
        lines.append(f"complete -c songspec -f -l vendor -xa '{' '.join(vendors)}'")
        for name, options in commands.items():
            condition = f"__fish_seen_subcommand_from {name}"
            lines += [f"complete -c songspec -n '{condition}' -l {o[2:]}" for o in options if o.startswith("--")]
            if name in ("status", "wait", "mock", "sandbox"):
                lines.append(f"complete -c songspec -f -n '{condition}' -a '{' '.join(vendors)}'")
        return "\n".join(lines) + "\n"
    cases = "\n".join(f'        {name}) opts="{" ".join(options)}" ;;' for name, options in commands.items())
    bash = f"""_songspec() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local vendors="{" ".join(vendors)}"
    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "{" ".join(commands)} {" ".join(globals_)}" -- "$cur")); return
    fi
    if [[ $prev == --vendor ]]; then COMPREPLY=($(compgen -W "$vendors" -- "$cur")); return; fi
    local opts=""
    case "${{COMP_WORDS[1]}}" in
{cases}
    esac
    if [[ $COMP_CWORD -eq 2 && " status wait mock sandbox " == *" ${{COMP_WORDS[1]}} "* ]]; then opts="$opts $vendors"; fi
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}}
complete -F _songspec songspec
"""
    if shell == "zsh":
        return "autoload -U +X bashcompinit && bashcompinit\n" + bash
    return bash
