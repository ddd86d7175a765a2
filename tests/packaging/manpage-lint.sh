#!/usr/bin/env bash
# The imageprep-cli man page: no groff or man warnings at three widths, every
# section man-pages(7) expects, and every command and option that
# imageprep-cli --help and COMMAND --help show.
# Usage: manpage-lint.sh PAGE IMAGEPREP_CLI
set -uo pipefail
page=$1 cli=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

out=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$out" ] || fail "groff -man -ww warns: $out"
for width in 60 80 120; do
    out=$(MANWIDTH=$width man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [ -z "$out" ] || fail "man --warnings at width $width: $out"
done

for section in NAME SYNOPSIS DESCRIPTION "GLOBAL OPTIONS" COMMANDS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"; do
    grep -qxF ".SH $section" "$page" || fail "no $section section"
done
for ref in 'guestfish (1)' 'virt\-customize (1)' 'virt\-sysprep (1)' 'qemu\-img (1)'; do
    grep -qF ".BR $ref" "$page" || fail "SEE ALSO lacks $ref"
done
for var in LIBGUESTFS_BACKEND_SETTINGS IMAGEPREP_KVM_LAUNCH_TIMEOUT LANG LC_ALL; do
    grep -qE "^\.B[R]? .*\b$var\b" "$page" || fail "ENVIRONMENT lacks $var"
done

# The man page spells "-" as "\-".
in_page() { grep -qF -- "${1//-/\\-}" "$page"; }
# Long options from the option lines of a --help text ("  -o, --output <OUT>  ...").
options_of() { grep -E '^ +-' | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u; }

export LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
help=$("$cli" --help) || fail "imageprep-cli --help exited with $?"
for opt in $(options_of <<<"$help"); do
    in_page "$opt" || fail "global option $opt is not in the man page"
done
# Commands from the "Commands:" list of a help text.
commands_of() { sed -n '/^Commands:/,/^$/p' | grep -oE '^  [a-z][a-z-]*' | tr -d ' '; }
checked=()
# check_command WORD...: its subsection, its options, and its own subcommands (lab make, lab grade).
check_command() {
    local words="$*" text sub
    grep -qE "^\.SS ${words//-/\\\\-}( |$)" "$page" || fail "command '$words' has no subsection under COMMANDS"
    # Some commands answer --help with an error and their usage; the options are what counts.
    text=$("$cli" "$@" --help 2>&1)
    for opt in $(options_of <<<"$text"); do
        in_page "$opt" || fail "'$words' option $opt is not in the man page"
    done
    checked+=("$words")
    for sub in $(commands_of <<<"$text"); do
        check_command "$@" "$sub"
    done
}
commands=$(commands_of <<<"$help")
[ -n "$commands" ] || fail "no commands found in imageprep-cli --help"
for cmd in $commands; do
    check_command "$cmd"
done
echo "commands checked: $(printf '%s, ' "${checked[@]}")"

[ $failures -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "PASS"
