#!/usr/bin/env bash
# Lists the C# lines longer than .editorconfig's max_line_length (120 characters) and exits 1 when there are any.
# Lines that hold a string literal, and lines inside raw string literals (SQL, CSS, scripts), are left as they are:
# a message or a query stays greppable on one line. EF migrations are generated and not checked.
set -euo pipefail
cd "$(dirname "$0")/.."
sources() {
  if git rev-parse --git-dir >/dev/null 2>&1; then
    git ls-files -z '*.cs' ':!:**/Migrations/**'
  else
    # A copy without git history (an unpacked archive): the same files, minus build output.
    find src tests tools -name '*.cs' -not -path '*/Migrations/*' -not -path '*/bin/*' -not -path '*/obj/*' -print0
  fi
}
sources | xargs -0 perl -CSD -ne '
  BEGIN { $bad = 0 }
  $raw = 0 if $. == 1;
  chomp;
  my $quotes = () = /"""/g;
  if (!$raw && $quotes == 0 && index($_, q(")) < 0 && length($_) > 120) {
    printf "%s:%d: %d characters\n", $ARGV, $., length($_);
    $bad++;
  }
  $raw = !$raw if $quotes % 2;
  close ARGV if eof;
  END { exit($bad > 0 ? 1 : 0) }
'
