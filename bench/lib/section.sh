# Sourced by the bench/*.sh scripts: each writes its figures into docs/performance.md between its
# own markers, "<!-- bench:NAME:begin … -->" and "<!-- bench:NAME:end -->".
#
#   write_section NAME DOC SECTION   DOC "-" writes nothing; a missing DOC is started with a heading;
#                                    SECTION replaces what stands between NAME's markers, or is
#                                    appended when they are not there yet.
write_section() {
    local name=$1 doc=$2 section=$3
    [[ $doc == "-" ]] && return 0
    mkdir -p "$(dirname "$doc")"
    if [[ ! -f $doc ]]; then
        printf '# Performance\n\nMeasurements written by the scripts in bench/ (run them all with bench/run).\n' >"$doc"
    fi
    if grep -q "^<!-- bench:$name:begin" "$doc"; then
        local tmp
        tmp=$(mktemp)
        SECTION=$section NAME=$name awk '
            $0 ~ "^<!-- bench:" ENVIRON["NAME"] ":begin" { print ENVIRON["SECTION"]; skip = 1; next }
            $0 ~ "^<!-- bench:" ENVIRON["NAME"] ":end" { skip = 0; next }
            !skip { print }' "$doc" >"$tmp" && cat "$tmp" >"$doc"
        rm -f "$tmp"
    else
        printf '\n%s\n' "$section" >>"$doc"
    fi
    echo "$name.sh: wrote $doc"
}
