#!/usr/bin/env bash
# Counts, across the lessons' cells, the helper functions they define and the force unwraps
# in the cells a reader sees.
#   scripts/lesson-stats.sh [FILE...]     (default: Notebooks/*.md)
#
# How it counts (a careful grep, not a parser):
# - a cell is the text between a line starting with ```swift and the next line starting with ```;
#   a cell is hidden when its info string has the word `hidden`;
# - string literals ("...", on one line) and // comments are removed first;
# - a helper function is a `func` declaration in any cell, hidden or not, top level or nested
#   in a type (`func name(`, after optional modifiers);
# - a force unwrap is a postfix `!` after an identifier, `)`, `]` or `}` that is not part of
#   `!=`, in a visible cell; `try!` and `as!` are counted with them (they trap the same way).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- Notebooks/*.md

perl -e '
my ($allFuncs, $allBangs) = (0, 0);
for my $file (@ARGV) {
    open(my $in, "<", $file) or die "$file: $!\n";
    my ($inCell, $hidden, $funcs, $bangs) = (0, 0, 0, 0);
    while (my $line = <$in>) {
        if (!$inCell && $line =~ /^```swift(.*)$/) { $inCell = 1; $hidden = ($1 =~ /\bhidden\b/); next; }
        if ($inCell && $line =~ /^```/) { $inCell = 0; next; }
        next unless $inCell;
        $line =~ s/"(?:[^"\\]|\\.)*"/""/g;
        $line =~ s{//.*$}{};
        $funcs++ while $line =~ /\bfunc\s+[A-Za-z_]\w*\s*[(<]/g;
        next if $hidden;
        $bangs++ while $line =~ /[A-Za-z0-9_)\]}]!(?!=)/g;
    }
    printf "%-40s %3d helper functions, %3d force unwraps in visible cells\n", $file, $funcs, $bangs;
    $allFuncs += $funcs; $allBangs += $bangs;
}
printf "%-40s %3d helper functions, %3d force unwraps in visible cells\n", "total", $allFuncs, $allBangs;
' "$@"
